#!/usr/bin/env bash
# Make (or repair) the project's virtual environment in .venv and install the app into it.
#   scripts/setup-venv.sh app     # the app only
#   scripts/setup-venv.sh test    # the app, editable, with the test tools
# Versions come from constraints.txt, so a new major release elsewhere cannot break a fresh
# install. Re-running does only what is still missing.
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-app}"
python="${PYTHON:-python3}"

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "TLI Workbook needs Python 3.11 or newer; '$python' is $("$python" --version 2>&1)." >&2
  echo "Install a newer Python, or run with PYTHON=/path/to/python3.11 $0" >&2
  exit 1
fi

# Debian and Ubuntu ship venv/ensurepip separately (python3-venv).
if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
  if command -v apt-get >/dev/null 2>&1; then
    ver=$("$python" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing python3-venv..."
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
      "python$ver-venv" >/dev/null 2>&1 || \
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-venv >/dev/null
  else
    echo "Python's venv module is missing: install it for $python and run this again." >&2
    exit 1
  fi
fi

# A .venv left half-made (an interrupted first run, a moved folder, a removed Python) is rebuilt.
stamp=.venv/.tli-complete
want="$what $(cat pyproject.toml constraints.txt | sha256sum | cut -c1-16)"
if [ -d .venv ] && ! { [ -x .venv/bin/python ] && .venv/bin/python -m pip --version >/dev/null 2>&1; }; then
  echo "The virtual environment in .venv is incomplete; rebuilding it."
  rm -rf .venv
fi
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  exit 0
fi
[ -d .venv ] || "$python" -m venv .venv
rm -f "$stamp"
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
if [ "$what" = "test" ]; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt -e ".[test]"
else
  .venv/bin/python -m pip install -q --disable-pip-version-check -c constraints.txt .
fi
echo "$want" > "$stamp"
