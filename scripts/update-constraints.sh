#!/usr/bin/env bash
# Rebuild constraints.txt from a fresh environment with the newest versions pyproject.toml allows.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"${PYTHON:-python3}" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --upgrade pip
"$tmp/venv/bin/python" -m pip install -q ".[test,packaging]"
{
  echo "# Versions the README commands, CI and the bundle install (pip install -c constraints.txt ...)."
  echo "# Regenerate with scripts/update-constraints.sh after changing dependencies in pyproject.toml."
  "$tmp/venv/bin/python" -m pip freeze --exclude-editable | grep -v '^tli-workbook'
} > constraints.txt
echo "constraints.txt updated ($(grep -vc '^#' constraints.txt) packages)."
