"""The guidebook toolkit's core: what a tool copy can hand to the credential's parts."""
