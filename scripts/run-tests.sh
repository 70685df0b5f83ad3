#!/usr/bin/env bash
# Set up (system libraries, document checkers, a virtual environment) and run lint, type
# checks (mypy) and tests.
# Extra arguments go to pytest, e.g. scripts/run-tests.sh tests/store -x
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/system-packages.sh test
bash scripts/setup-venv.sh test
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m mypy tli_workbook
# One worker more than the machine has cores (TLI_TEST_WORKERS=1 for one): many tests wait on
# a subprocess, a timer or a kill, and the extra worker uses that time. Work stealing: the
# long subprocess tests do not pile up at the end of one worker.
cores="$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 1)"
.venv/bin/python -m pytest -q -n "${TLI_TEST_WORKERS:-$((cores + 1))}" --dist worksteal "$@"
