"""The Toolkit inside a workbook: the guidebook's tools, filled copies of them, and the links
that copy what a tool holds into the credential's parts."""
