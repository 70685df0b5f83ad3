__version__ = "0.1.0"

from tli_workbook.qt_features import skip_source_scan as _skip_source_scan

# Before any other module of the app or its libraries is imported (see qt_features).
_skip_source_scan()
