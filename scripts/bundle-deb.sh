#!/usr/bin/env bash
# Build the Debian package of the desktop app with the Tauri CLI (from npm):
#   target/release/bundle/deb/Briefdesk_<version>_amd64.deb
# It depends only on libwebkit2gtk-4.1-0 and libgtk-3-0 at run time.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh
# The UI is built here rather than by a tauri.conf.json hook: the Tauri CLI
# runs hooks from the parent of the config folder, outside this repository.
npm --prefix ui run build
npx --yes @tauri-apps/cli@2 build --bundles deb
ls -l target/release/bundle/deb/*.deb
