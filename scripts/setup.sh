#!/usr/bin/env bash
# Idempotent set-up for a fresh Debian 12 machine: system packages, a Rust
# toolchain check and the UI's npm dependencies. Safe to run again and again.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf 'setup: %s\n' "$*"; }
die() { printf 'setup: error: %s\n' "$*" >&2; exit 1; }

APT_PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential pkg-config file
  xvfb xauth webkit2gtk-driver x11-utils imagemagick
  fonts-noto-cjk fonts-noto-core fonts-symbola poppler-utils qpdf
  python3 python3-venv
  # The DOCX tests open and convert exports with LibreOffice (headless).
  libreoffice-writer-nogui
  # Team sync: the tests start throw-away PostgreSQL clusters of their own
  # (initdb + pg_ctl on a temporary folder), with TLS certificates made by
  # openssl; the client links the system's OpenSSL (libssl-dev).
  postgresql openssl libssl-dev
)

if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null 2>&1; then
  SUDO=(sudo)
else
  SUDO=()
fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    status="$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)"
    if [ "$status" != "installed" ]; then
      missing+=("$pkg")
    fi
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ] && [ "${#SUDO[@]}" -eq 0 ]; then
      die "missing packages (${missing[*]}) and not root without sudo: install them by hand"
    fi
    log "installing missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -q
    "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    log "system packages present"
  fi
else
  log "dpkg-query not found (not Debian?): skipping system packages"
fi

if ! command -v cargo >/dev/null 2>&1; then
  if [ -x "$HOME/.cargo/bin/cargo" ]; then
    export PATH="$HOME/.cargo/bin:$PATH"
  else
    die "cargo not found: install a Rust toolchain (https://rustup.rs) and put cargo on PATH"
  fi
fi
log "$(cargo --version)"

# tauri-driver drives the real app in the end-to-end tests.
if command -v tauri-driver >/dev/null 2>&1 || [ -x "$HOME/.cargo/bin/tauri-driver" ]; then
  log "tauri-driver present"
else
  log "installing tauri-driver (cargo install, about a minute)"
  cargo install tauri-driver --locked --version '^2'
fi

command -v npm >/dev/null 2>&1 || die "npm not found: install Node.js 20 or newer"

# npm writes node_modules/.package-lock.json when it installs: a folder
# without it (emptied, interrupted) is installed again.
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules ]; then
  log "installing UI dependencies (npm ci)"
  npm --prefix ui ci --no-audit --no-fund
  touch ui/node_modules
else
  log "UI dependencies up to date"
fi

# Python test tools in a venv of their own (never the system's Python):
# page-validation, the PDF/UA-1 checker the PDF tests run, python-docx,
# which the DOCX tests read exports back with, and Typst, the anchor of the
# PDF benchmark. Pinned; reinstalled only when a pin changes.
# The tests find it at BRIEFDESK_TOOLS (default: target/tools).
TOOLS="${BRIEFDESK_TOOLS:-target/tools}"
PY_PINS="page-validation==0.11.0 python-docx==1.2.0 typst==0.15.2"
if [ -x "$TOOLS/venv/bin/python" ] && [ "$(cat "$TOOLS/venv/pins" 2>/dev/null)" = "$PY_PINS" ]; then
  log "Python test tools present ($PY_PINS)"
else
  log "installing Python test tools into $TOOLS/venv ($PY_PINS)"
  mkdir -p "$TOOLS"
  [ -x "$TOOLS/venv/bin/python" ] || python3 -m venv "$TOOLS/venv"
  # shellcheck disable=SC2086 # the pins are words
  "$TOOLS/venv/bin/python" -m pip install -q --disable-pip-version-check $PY_PINS
  printf '%s' "$PY_PINS" > "$TOOLS/venv/pins"
fi

log "done"
