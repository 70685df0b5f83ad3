#!/usr/bin/env bash
# Set up (system libraries, a virtual environment, the app) and start TLI Workbook.
# Extra arguments go to the app, e.g. scripts/run-app.sh --data-dir ~/tli-data
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh app
bash scripts/setup-venv.sh app
exec .venv/bin/tli-workbook "$@"
