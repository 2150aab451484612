#!/usr/bin/env bash
# Soak test of crash safety: 1,000 (or $1) cycles of a writer killed with
# SIGKILL at random moments; every committed write must survive and the
# workspace must pass PRAGMA integrity_check (see crates/briefdesk-core/tests/crash.rs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BRIEFDESK_CRASH_CYCLES="${1:-1000}" cargo test --release -p briefdesk-core --test crash -- --nocapture
