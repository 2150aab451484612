#!/usr/bin/env bash
# Start-up time and memory of the release desktop app, under Xvfb, with the
# shipped dataset. Prints, per run and as medians:
#   (a) ms from process start to the UI's first interactive render — the app
#       logs "ui ready after N ms" when the UI has rendered its data and
#       called `ui_ready`; the script also times launch → that line;
#   (b) memory of all the app's processes (main binary + WebKit processes):
#       PSS summed from /proc/PID/smaps_rollup (also RSS, for reference).
# Usage: scripts/measure-startup.sh [RUNS]   (default 5; builds if needed)
# Targets (issue 3): under 700 ms, under 300 MiB PSS.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
app=target/release/briefdesk-app

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  npm --prefix ui run build >/dev/null
  cargo build --release --quiet -p briefdesk-app
fi

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
home="$(mktemp -d)"
cleanup() { kill "$xvfb" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
sleep 1

# All descendants of a PID (the WebKit processes are children of the app).
descendants() {
  local pid=$1 child
  for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}

kib_of() { # field (Pss|Rss) summed over PIDs, in KiB
  local field=$1; shift
  local total=0 pid v
  for pid in "$@"; do
    v=$(awk -v f="$field:" '$1 == f { print $2 }' /proc/"$pid"/smaps_rollup 2>/dev/null || echo 0)
    total=$((total + ${v:-0}))
  done
  echo "$total"
}

median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

ready_app=() ready_wall=() pss=() rss=()
# Run 0 is the first launch (it creates the workspace) and is not counted:
# the figures are for an everyday start on an existing workspace.
for run in $(seq 0 "$runs"); do
  log="$home/stdout.log"
  rm -f "$log"
  start=$(date +%s%N)
  DISPLAY="$display" BRIEFDESK_HOME="$home" GSETTINGS_BACKEND=memory "$app" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 300); do
    grep -q "ui ready after" "$log" 2>/dev/null && break
    sleep 0.02
  done
  now=$(date +%s%N)
  if ! grep -q "ui ready after" "$log"; then
    echo "run $run: the UI did not report ready within 6 s" >&2
    cat "$log" >&2
    kill "$pid" 2>/dev/null || true
    exit 1
  fi
  app_ms=$(grep -o 'ui ready after [0-9]*' "$log" | head -1 | awk '{ print $4 }')
  wall_ms=$(((now - start) / 1000000))
  sleep 2 # let the WebKit processes settle
  pids=("$pid" $(descendants "$pid"))
  p=$(($(kib_of Pss "${pids[@]}") / 1024))
  r=$(($(kib_of Rss "${pids[@]}") / 1024))
  printf 'run %d: ui ready %4d ms (in-app) / %4d ms (launch to log line); %d processes, PSS %d MiB, RSS %d MiB%s\n' \
    "$run" "$app_ms" "$wall_ms" "${#pids[@]}" "$p" "$r" "$([ "$run" = 0 ] && echo ' (first launch, not counted)')"
  if [ "$run" != 0 ]; then
    ready_app+=("$app_ms") ready_wall+=("$wall_ms") pss+=("$p") rss+=("$r")
  fi
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
done

printf '\nmedian of %d runs: ui ready %d ms (in-app), %d ms (launch to log line); PSS %d MiB, RSS %d MiB (targets: < 700 ms, < 300 MiB PSS)\n' \
  "$runs" \
  "$(printf '%s\n' "${ready_app[@]}" | median)" \
  "$(printf '%s\n' "${ready_wall[@]}" | median)" \
  "$(printf '%s\n' "${pss[@]}" | median)" \
  "$(printf '%s\n' "${rss[@]}" | median)"
