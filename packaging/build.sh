#!/usr/bin/env bash
# Build the standalone bundle (PyInstaller, one folder) and, on Debian/Ubuntu, the installers.
#   packaging/build.sh [--reuse-bundle]   -> dist/tli-workbook/, dist/tli-workbook_<v>_<arch>.deb,
#                                    dist/tli-workbook-<v>-linux-<arch>.tar.gz
# Uses the project's .venv (made by scripts/run-tests.sh or scripts/run-app.sh) or $PYTHON.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
py="${PYTHON:-}"
if [ -z "$py" ]; then
  [ -x .venv/bin/python ] || bash scripts/setup-venv.sh
  py=.venv/bin/python
fi
# PyInstaller reads the app from this checkout (pathex), so only the build tool is installed.
"$py" -m pip install -q --disable-pip-version-check -c constraints.txt "pyinstaller>=6.10" >/dev/null
version=$("$py" -c 'import tli_workbook; print(tli_workbook.__version__)')

bundle=dist/tli-workbook
if [ "${1:-}" = "--reuse-bundle" ] && [ -x "$bundle/tli-workbook" ]; then
  echo "Reusing the bundle in $bundle."
else
  echo "Building the bundle (PyInstaller)..."
  "$py" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/tli-workbook.spec
fi
[ -x "$bundle/tli-workbook" ] || { echo "The bundle was not built." >&2; exit 1; }

if [ "$(uname -s)" != "Linux" ]; then
  echo "Bundle ready: $bundle (installers are built on Linux only; see packaging/README.md)."
  exit 0
fi

arch=$(dpkg --print-architecture 2>/dev/null || uname -m)

# Files the desktop needs, laid out under a prefix ($1): menu entry, icons, MIME type, metainfo.
install_desktop_files() {
  local prefix=$1
  install -Dm644 packaging/tli-workbook.desktop "$prefix/share/applications/tli-workbook.desktop"
  install -Dm644 packaging/tli-workbook-mime.xml "$prefix/share/mime/packages/tli-workbook.xml"
  install -Dm644 packaging/org.tliworkbook.TLIWorkbook.metainfo.xml \
    "$prefix/share/metainfo/org.tliworkbook.TLIWorkbook.metainfo.xml"
  install -Dm644 resources/icons/tli-workbook.svg "$prefix/share/icons/hicolor/scalable/apps/tli-workbook.svg"
  for png in resources/icons/hicolor/*/apps/tli-workbook.png; do
    install -Dm644 "$png" "$prefix/share/icons/${png#resources/icons/}"
  done
}

echo "Building the .deb..."
deb=build/deb
rm -rf "$deb"
mkdir -p "$deb/DEBIAN" "$deb/opt" "$deb/usr/bin"
cp -a "$bundle" "$deb/opt/tli-workbook"
ln -s /opt/tli-workbook/tli-workbook "$deb/usr/bin/tli-workbook"
install_desktop_files "$deb/usr"
install -Dm644 LICENSE "$deb/usr/share/doc/tli-workbook/copyright"
cat NOTICE.md >> "$deb/usr/share/doc/tli-workbook/copyright"
size=$(du -sk "$deb" | cut -f1)
# The bundle carries Qt and Python; the system gives the X/Wayland client libraries Qt loads.
cat > "$deb/DEBIAN/control" <<CONTROL
Package: tli-workbook
Version: $version
Section: education
Priority: optional
Architecture: $arch
Installed-Size: $size
Maintainer: The TLI Workbook team <noreply@invalid>
Depends: libc6, libglib2.0-0 | libglib2.0-0t64, libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-shape0, libxcb-sync1, libxcb-xfixes0, libxcb-xkb1
Description: Offline workbook for teacher-leadership micro-credentials
 TLI Workbook walks a teacher through an NEA Teacher Leadership Institute or
 Educators Rising micro-credential: prompts and word counts, the Circle Map,
 evidence and feedback, privacy and readiness checks, and the submission packet.
CONTROL
dpkg-deb --root-owner-group -Zgzip --build "$deb" "dist/tli-workbook_${version}_${arch}.deb" >/dev/null

echo "Building the .tar.gz..."
tarroot=build/tar/tli-workbook-$version
rm -rf build/tar
mkdir -p "$tarroot"
cp -a "$bundle" "$tarroot/tli-workbook"
install_desktop_files "$tarroot/share"
cp LICENSE NOTICE.md "$tarroot/"
cat > "$tarroot/install.sh" <<'INSTALL'
#!/bin/sh
# Adds TLI Workbook to your menu (for you only). Run it again after moving this folder.
set -e
here=$(cd "$(dirname "$0")" && pwd)
share="${XDG_DATA_HOME:-$HOME/.local/share}"
mkdir -p "$share/applications" "$HOME/.local/bin"
cp -r "$here/share/icons" "$here/share/mime" "$share/"
sed "s|^Exec=tli-workbook|Exec=$here/tli-workbook/tli-workbook|" \
  "$here/share/applications/tli-workbook.desktop" > "$share/applications/tli-workbook.desktop"
ln -sf "$here/tli-workbook/tli-workbook" "$HOME/.local/bin/tli-workbook"
command -v update-mime-database >/dev/null && update-mime-database "$share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" || true
echo "TLI Workbook is in your applications menu."
INSTALL
chmod +x "$tarroot/install.sh"
tar -C build/tar -czf "dist/tli-workbook-${version}-linux-${arch}.tar.gz" "tli-workbook-$version"
ls -la dist/*.deb dist/*.tar.gz
