#!/usr/bin/env bash
# Every check CI runs, in order; stops at the first failure.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/setup.sh

# A clean build gains nothing from incremental caches, which would double the
# space the test binaries take; a developer can set CARGO_INCREMENTAL=1.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

step() { printf '\ntest: == %s\n' "$*"; }

step "UI typecheck"
npm --prefix ui run typecheck
step "UI tests"
npm --prefix ui test
step "UI build (the app embeds ui/dist)"
npm --prefix ui run build
step "the core and the CLI know nothing of Tauri"
if cargo tree --locked -e normal,build -p briefdesk-core -p briefdesk-cli --prefix none \
    | grep -Ei '^(tauri|wry|tao|webkit2gtk|gtk|gdk|javascriptcore)[-_ ]'; then
  echo "test: the core or the CLI depends on the desktop stack (above)" >&2
  exit 1
fi
step "the core knows nothing of PostgreSQL (team sync is briefdesk-team's)"
if cargo tree --locked -e normal,build -p briefdesk-core --prefix none \
    | grep -Ei '^(postgres|tokio-postgres|native-tls|openssl)[-_ ]'; then
  echo "test: the core depends on the PostgreSQL client (above)" >&2
  exit 1
fi
step "cargo fmt"
cargo fmt --all --check
step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings
step "cargo test (with a virtual display for the end-to-end tests of the real app)"
export GSETTINGS_BACKEND=memory
xvfb-run -a --server-args="-screen 0 1920x1200x24" cargo test --workspace --locked
