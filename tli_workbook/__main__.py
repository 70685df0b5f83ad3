import sys

from tli_workbook.app import main

sys.exit(main())
