#!/usr/bin/env bash
# Soak test of several writers on one workspace: N processes (default 4)
# for M seconds (default 60) of notes, tags with undo, brief texts and
# titles and bundle imports, each a real `briefdesk` process; then every
# acknowledged write must be in the history, the current state must be the
# last acknowledged write of each field, and the file must pass
# PRAGMA integrity_check (see crates/briefdesk-cli/tests/concurrency.rs,
# `concurrency_soak`; the test command runs it for 2 × 4 s).
#   scripts/soak-concurrency.sh [PROCESSES] [SECONDS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BRIEFDESK_SOAK_PROCESSES="${1:-4}" BRIEFDESK_SOAK_SECONDS="${2:-60}" \
  cargo test --release -p briefdesk-cli --test concurrency concurrency_soak -- --nocapture
