"""Pages shown for a workbook's parts, one class per part kind."""
