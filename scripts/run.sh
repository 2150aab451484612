#!/usr/bin/env bash
# Set up (idempotent), build the UI and start the Briefdesk desktop app.
# Where there is no display, say so and run the headless job instead: the
# CLI checks the dataset and lists the partnership record.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup.sh

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: building the UI"
  npm --prefix ui run build
  echo "run: building and starting the desktop app (the first build takes a few minutes)"
  exec cargo run --release --quiet -p briefdesk-app
fi

echo "run: no display found (DISPLAY and WAYLAND_DISPLAY are unset); running the headless job instead:"
echo "run: briefdesk validate && briefdesk list"
cargo build --release --quiet -p briefdesk-cli
target/release/briefdesk validate
exec target/release/briefdesk list
