#!/usr/bin/env bash
# Install the built .deb, start the app and export a packet from another folder with the system
# fonts and poppler's binaries hidden (as on a laptop that has neither), then remove it cleanly.
# Then the same from the .tar.gz. Needs root (apt, unshare -m). Run after packaging/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(ls dist/tli-workbook_*.deb | head -n1)
tarball=$(ls dist/tli-workbook-*-linux-*.tar.gz | head -n1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sample=resources/samples/coaching-and-mentoring-sample.tliwb
cp "$sample" "$work/sample.tliwb"

# $1: the launcher. Runs in a private mount namespace: an empty /usr/share/fonts, and
# pdftoppm/pdftocairo replaced by /dev/null.
hidden_run() {
  local exe=$1
  unshare -m bash -euo pipefail -c '
    mount -t tmpfs none /usr/share/fonts
    for b in /usr/bin/pdftoppm /usr/bin/pdftocairo; do [ -e "$b" ] && mount --bind /dev/null "$b"; done
    [ -z "$(ls -A /usr/share/fonts)" ] || { echo "fonts still visible" >&2; exit 1; }
    cd "$0/out"
    export TLI_WORKBOOK_DATA_DIR="$0/data" QT_QPA_PLATFORM=offscreen
    "$1" --smoke
    "$1" export --archive "$0/sample.tliwb" --pdf packet.pdf --docx packet.docx
  ' "$work" "$exe"
  rm -rf "$work/data"
}

check_packet() {
  qpdf --check "$work/out/packet.pdf" >/dev/null
  if pdffonts "$work/out/packet.pdf" | awk 'NR>2 && $(NF-4)!="yes" {bad=1} END {exit bad}'; then :; else
    echo "A font in the packet is not embedded:" >&2; pdffonts "$work/out/packet.pdf" >&2; exit 1
  fi
  # Read whole, then searched: grep -q on a pipe would end pdftotext early (SIGPIPE, pipefail).
  text=$(pdftotext "$work/out/packet.pdf" -)
  case "$text" in *"Coaching and Mentoring"*) ;; *) echo "The packet's text is missing" >&2; exit 1 ;; esac
  [ -s "$work/out/packet.docx" ]
  rm -f "$work/out/packet.pdf" "$work/out/packet.docx"
}

mkdir -p "$work/out"
echo "== .deb: install"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
command -v tli-workbook >/dev/null
desktop-file-validate /usr/share/applications/tli-workbook.desktop
[ -f /usr/share/icons/hicolor/256x256/apps/tli-workbook.png ]
[ -f /usr/share/mime/packages/tli-workbook.xml ]
appstreamcli validate --no-net /usr/share/metainfo/org.tliworkbook.TLIWorkbook.metainfo.xml >/dev/null
echo "== .deb: smoke and export with fonts and poppler hidden"
hidden_run /usr/bin/tli-workbook
check_packet
echo "== .deb: remove"
DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq tli-workbook >/dev/null
if [ -e /opt/tli-workbook ] || [ -e /usr/bin/tli-workbook ] || [ -e /usr/share/applications/tli-workbook.desktop ]; then
  echo "Files left behind after removing the package" >&2; exit 1
fi

echo "== .tar.gz: unpack and run"
tar -C "$work" -xzf "$tarball"
hidden_run "$(ls -d "$work"/tli-workbook-*/tli-workbook)/tli-workbook"
check_packet
echo "Installers OK: $deb, $tarball"
