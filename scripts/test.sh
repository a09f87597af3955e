#!/usr/bin/env bash
# The project's test command (README, .ci/run): installs Debian's Chromium
# when it is missing — the web page's browser test (serve/browser_test.go)
# drives it and fails without it — then runs every Go test.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  echo "scripts/test.sh: chromium is not installed; the browser test needs it, installing Debian's package" >&2
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "scripts/test.sh: cannot install chromium (not root and no sudo): run 'apt-get install -y chromium' as root" >&2
    exit 1
  fi
  echo "+ ${sudo[*]:+${sudo[*]} }apt-get update" >&2
  "${sudo[@]}" apt-get update
  echo "+ ${sudo[*]:+${sudo[*]} }apt-get install -y chromium" >&2
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
echo "chromium: $(command -v chromium)" >&2
go version
go test ./...
