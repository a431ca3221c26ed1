#!/usr/bin/env bash
# Installs what the integration tests need to run inside a real VS Code offline:
# code-server 4.99.4 (VS Code 1.99.3 as a server, from the npm registry) into .cache/,
# and Debian's Chromium to drive its workbench. Idempotent: a second run does nothing.
# See ../shared/reference/offline-vscode-testing.md for why each step is here.
set -euo pipefail

CODE_SERVER_VERSION=4.99.4
RIPGREP_CACHE_VERSION=1.15.11
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PREFIX="$ROOT/.cache/code-server-$CODE_SERVER_VERSION"
BIN="$PREFIX/node_modules/.bin/code-server"
DEBIAN_PACKAGES=(chromium libkrb5-dev libxkbfile-dev libsecret-1-dev pkg-config ripgrep)

missing_packages() {
  local pkg
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

missing=$(missing_packages || true)
if [ -n "$missing" ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "provision: installing Debian packages: $(echo $missing)"
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "provision: the integration tests need these Debian packages: $(echo $missing)" >&2
    echo "provision: install them with: sudo apt-get install -y $(echo $missing)" >&2
    exit 1
  fi
fi

if [ -x "$BIN" ]; then
  exit 0
fi

# code-server's nested @vscode/ripgrep downloads rg from GitHub unless it finds this cached
# archive; we hand it Debian's rg so the install stays offline.
tmp_dir=${TMPDIR:-/tmp}
rg_cache="$tmp_dir/vscode-ripgrep-cache-$RIPGREP_CACHE_VERSION"
rg_archive="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -f "$rg_archive" ]; then
  mkdir -p "$rg_cache"
  staging=$(mktemp -d)
  cp "$(command -v rg)" "$staging/rg"
  tar -czf "$rg_archive" -C "$staging" rg
  rm -rf "$staging"
fi

echo "provision: installing code-server $CODE_SERVER_VERSION into .cache/ (about two minutes)"
mkdir -p "$PREFIX"
# code-server builds native modules in its install scripts; npm 11 blocks dependency scripts by
# default, so they are allowed here, for this one trusted package tree in its own folder.
npm_config_yes=true npm install --prefix "$PREFIX" "code-server@$CODE_SERVER_VERSION" \
  --unsafe-perm --dangerously-allow-all-scripts --no-audit --no-fund --loglevel=error
[ -x "$BIN" ] || { echo "provision: code-server did not install at $BIN" >&2; exit 1; }
echo "provision: code-server ready at $BIN"
