#!/usr/bin/env bash
# Installs what the real-editor tests need: Debian's chromium, neovim, ripgrep
# and libkrb5-dev, and code-server (the VS Code workbench with a Node extension
# host) from npm into .cache/code-server. Idempotent: a second run only checks.
# Only the npm registry and Debian are reachable, hence the work-arounds below
# (see /work/shared/vscode-e2e.md).
set -euo pipefail
cd "$(dirname "$0")/../.."

readonly CODE_SERVER_VERSION=4.100.3
readonly PREFIX=.cache/code-server
readonly PACKAGE_DIR="$PREFIX/node_modules/code-server"
readonly STAMP="$PREFIX/installed-version"
# code-server 4.100.3's lib/vscode/npm-shrinkwrap.json pins @vscode/ripgrep
# 1.15.11; its lib/postinstall.js wants ripgrep release v13.0.0-10 and looks
# for the archive in $TMPDIR/vscode-ripgrep-cache-1.15.11/ before downloading.
readonly RIPGREP_PACKAGE_VERSION=1.15.11
readonly RIPGREP_RELEASE=v13.0.0-10
# chromium drives the workbench, neovim is the second LSP client, ripgrep and
# libkrb5-dev feed code-server's install; the compilers build its native modules.
readonly APT_PACKAGES=(chromium neovim ripgrep libkrb5-dev build-essential python3)

log() { echo "install-code-server: $*" >&2; }

install_apt_packages() {
  local missing=() package
  for package in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return
  log "apt-get install ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  # Other jobs on the machine may hold the dpkg lock for a while: wait for it.
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=600 update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
}

code_server_installed() {
  [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$CODE_SERVER_VERSION" ] &&
    [ -f "$PACKAGE_DIR/package.json" ] &&
    [ "$(node -p "require('./$PACKAGE_DIR/package.json').version")" = "$CODE_SERVER_VERSION" ]
}

ripgrep_target() {
  case "$(uname -m)" in
    x86_64) echo x86_64-unknown-linux-musl ;;
    aarch64) echo aarch64-unknown-linux-musl ;;
    *) log "unsupported machine $(uname -m)"; exit 1 ;;
  esac
}

install_code_server() {
  local tmp
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' RETURN

  # @vscode/ripgrep would fetch rg from GitHub: hand it Debian's instead.
  local seed="$tmp/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
  mkdir -p "$seed"
  tar -czf "$seed/ripgrep-$RIPGREP_RELEASE-$(ripgrep_target).tar.gz" -C "$(dirname "$(command -v rg)")" rg

  mkdir -p "$PREFIX"
  rm -f "$STAMP"
  # Without a package.json here npm would install into the project itself.
  [ -f "$PREFIX/package.json" ] || echo '{ "private": true }' >"$PREFIX/package.json"

  log "npm install code-server@$CODE_SERVER_VERSION into $PREFIX (about a minute)"
  # unsafe_perm: code-server's postinstall refuses root without it.
  # yes: node-pty's build runs `npx node-gyp`, which must not stop to ask.
  (cd "$PREFIX" && TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_yes=true \
    npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
  echo "$CODE_SERVER_VERSION" >"$STAMP"
}

install_apt_packages
if code_server_installed; then
  log "code-server $CODE_SERVER_VERSION already in $PREFIX"
else
  install_code_server
  log "code-server $CODE_SERVER_VERSION installed in $PREFIX"
fi
