#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages TLI Workbook needs, only those missing.
#   scripts/system-packages.sh app    # Qt's runtime libraries and fonts
#   scripts/system-packages.sh test   # + document checkers (poppler, qpdf, LibreOffice), Xvfb
#   scripts/system-packages.sh packaging  # + what building and checking the installers uses
set -euo pipefail
what="${1:-app}"
pkgs=(libglib2.0-0 libegl1 libgl1 libxkbcommon0 libfontconfig1 libdbus-1-3 fonts-dejavu-core
      libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
      libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-sync1 libxcb-xkb1
      libx11-xcb1 poppler-utils)
if [ "$what" = "test" ]; then
  pkgs+=(qpdf libreoffice-writer-nogui xvfb xauth)
fi
if [ "$what" = "packaging" ]; then
  pkgs+=(qpdf binutils dpkg-dev appstream desktop-file-utils shared-mime-info util-linux)
fi
if ! command -v dpkg >/dev/null 2>&1; then
  echo "Not a Debian-like system: install Qt 6's runtime libraries and poppler-utils yourself." >&2
  exit 0
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "Installing system packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
