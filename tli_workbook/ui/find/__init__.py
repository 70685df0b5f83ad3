"""Find in the open workbook."""
