#!/usr/bin/env bash
# Runs the desktop app when there is a display, else the headless CLI job.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup.sh

echo "run: building the UI"
npm --prefix ui run build

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: starting the desktop app"
  exec cargo run --release -p briefdesk-app
else
  echo "run: no display found; running the headless job instead (briefdesk list)"
  exec cargo run --release -p briefdesk-cli --bin briefdesk -- list
fi
