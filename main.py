"""Launcher: `python main.py` does what `tli-workbook` does."""

import sys

from tli_workbook.app import main

if __name__ == "__main__":
    sys.exit(main())
