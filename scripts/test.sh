#!/usr/bin/env bash
# The project's test command (README, .ci/run): installs what the tests
# drive when it is missing (Debian's Chromium, LibreOffice Writer and a CJK
# font — the browser test and the rendering matrix fail without them), then
# runs every Go test.
set -euo pipefail
cd "$(dirname "$0")/.."

# What the tests drive besides Go: Chromium (the web page's browser test and
# the rendering matrix's PDF prints), LibreOffice Writer (the matrix's Word
# and PDF conversions) and a CJK font (so that printed pages have Chinese
# glyphs). Missing ones are installed from Debian's packages.
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
fc-list 2>/dev/null | grep -qi 'CJK' || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "scripts/test.sh: installing Debian's ${need[*]} (the browser test and the rendering matrix need them)" >&2
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "scripts/test.sh: cannot install ${need[*]} (not root and no sudo): run 'apt-get install -y ${need[*]}' as root" >&2
    exit 1
  fi
  echo "+ ${sudo[*]:+${sudo[*]} }apt-get update" >&2
  "${sudo[@]}" apt-get update
  echo "+ ${sudo[*]:+${sudo[*]} }apt-get install -y ${need[*]}" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${need[@]}"
fi
echo "chromium: $(command -v chromium); soffice: $(command -v soffice)" >&2
go version
# The rendering matrix (package matrix) prints and converts some 260 files with
# Chromium and LibreOffice; on a loaded 2-core machine that can near go test's
# default 10-minute limit per package, so the limit is raised (a hang guard, not
# a speed check).
go test -timeout 45m ./...
