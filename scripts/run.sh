#!/usr/bin/env bash
# Set up (idempotent), then run Briefdesk.
#
# Until the desktop app has its screens, this runs the headless job: the
# CLI lists the partnership record. With BRIEFDESK_DESKTOP=1 and a display it
# starts the desktop shell instead.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup.sh

if [ "${BRIEFDESK_DESKTOP:-0}" = 1 ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
  echo "run: building the UI"
  npm --prefix ui run build
  echo "run: starting the desktop app"
  exec cargo run --release -p briefdesk-app
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; running the headless job instead (briefdesk list)"
else
  echo "run: the desktop screens are not built yet; running the headless job (briefdesk list)"
fi
cargo build --release --quiet -p briefdesk-cli
target/release/briefdesk validate
exec target/release/briefdesk list
