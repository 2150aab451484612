#!/usr/bin/env bash
# Start-up time and memory of the release desktop app against the floor of
# its stack: an empty Tauri 2 app (scripts/startup-baseline/, the same Tauri,
# wry and WebKitGTK, the same release profile and renderer setting, one page
# that calls a command once it has painted). Both run under one Xvfb,
# alternately, so they see the same load of a shared machine; the ratios are
# the figures (absolute times vary between machines).
#
# Briefdesk runs with the shipped record and an existing workspace of 500
# saved annotations (every commitment of the record annotated, most of them
# edited several times) and 20 briefs, made once with the CLI before the
# runs. Each app gets one first launch that is not counted, then RUNS
# counted ones (default 7), in alternating order.
#
# Per launch:
#   ready   ms from launch (just before exec) to the moment the app reports
#           ready: for Briefdesk, when the first screen is usable (data
#           rendered, controls enabled, then painted: `ui_ready`); for the
#           baseline, when its page has painted. Both print the wall-clock
#           time of that moment; in-app ms (from main) are shown too.
#   PSS     summed over all the app's processes (the binary and its WebKit
#           processes) from /proc/PID/smaps_rollup, 2 s after ready;
#           per process in the summary.
# Briefdesk also prints its start-up trace (BRIEFDESK_STARTUP_TRACE=1):
# the median ms from main to each phase; the baseline, when its page's
# navigation started, to tell the shell's part of the start from the page's.
#
# Usage: scripts/measure-startup.sh [RUNS]
#   SKIP_BUILD=1   use the binaries already built
#   BRIEFDESK_APP=PATH   measure another build of the app (e.g. an earlier one)
#   BRIEFDESK_CLI=PATH   make the workspace with another build of the CLI (the
#                        one of that build, whose workspace format it reads)
#   SMAPS_DIR=DIR  keep each counted launch's /proc/PID/smaps per process
#                  (DIR/app-RUN-NAME.smaps), to see which mappings the PSS is
#                  in (scripts/smaps-summary.py DIR sums them by mapping)
# Targets (issue 17): ready at most 1.2x the baseline's, PSS at most 1.15x.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-7}"
app=${BRIEFDESK_APP:-target/release/briefdesk-app}
cli=${BRIEFDESK_CLI:-target/release/briefdesk}
base_dir=scripts/startup-baseline
base=target/release/startup-baseline

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  npm --prefix ui run build >/dev/null
  cargo build --release --quiet -p briefdesk-app
  cargo build --release --quiet -p briefdesk-cli
  # The baseline is its own Cargo workspace (CI never builds it); its lock
  # starts from the root one, so it gets the very same Tauri and wry.
  cp Cargo.lock "$base_dir/Cargo.lock"
  cargo build --release --quiet --manifest-path "$base_dir/Cargo.toml" --target-dir target
fi
for bin in "$app" "$cli" "$base"; do
  [ -x "$bin" ] || { echo "$bin is missing: run without SKIP_BUILD=1" >&2; exit 1; }
done
base_tauri=$(awk '/^name = "tauri"$/ { getline; print $3 }' "$base_dir/Cargo.lock" 2>/dev/null || true)
root_tauri=$(awk '/^name = "tauri"$/ { getline; print $3 }' Cargo.lock)
if [ "$base_tauri" != "$root_tauri" ]; then
  echo "the baseline was built with tauri $base_tauri, Briefdesk with $root_tauri: run without SKIP_BUILD=1" >&2
  exit 1
fi

tmp="$(mktemp -d)"
display=":$((90 + RANDOM % 9))"
while [ -e "/tmp/.X11-unix/X${display#:}" ]; do display=":$((90 + RANDOM % 9))"; done
Xvfb "$display" -screen 0 1280x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
launched=""
cleanup() {
  [ -n "$launched" ] && kill "$launched" 2>/dev/null
  kill "$xvfb" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# --- the workspace: 500 saved annotations and 20 briefs ----------------------
home_app="$tmp/briefdesk"
home_base="$tmp/baseline"
mkdir -p "$home_app" "$home_base"
ws() { BRIEFDESK_HOME="$home_app" BRIEFDESK_SESSION=measure "$cli" "$@" >/dev/null; }
mapfile -t ids < <(BRIEFDESK_HOME="$home_app" "$cli" list --json | grep -o '"id": *"[A-Z0-9-]*"' | grep -o '[A-Z][A-Z0-9-]*' | awk '!seen[$0]++')
mapfile -t sectors < <(BRIEFDESK_HOME="$home_app" "$cli" sectors --json | grep -o '"id": *"[a-z0-9-]*"' | grep -o '"[a-z0-9-]*"$' | tr -d '"')
[ "${#ids[@]}" -gt 0 ] && [ "${#sectors[@]}" -gt 0 ] || { echo "the CLI listed no commitments or sectors" >&2; exit 1; }
statuses=(on-track at-risk delayed delivered not-pursued unknown)
printf 'making the workspace: 500 annotations over %d commitments, 20 briefs … ' "${#ids[@]}"
for i in $(seq 0 499); do
  id=${ids[$((i % ${#ids[@]}))]}
  ws annotate "$id" \
    --note "Revision $((i / ${#ids[@]} + 1)) on $id: ask the Commission's desk officer and METI whether the working group has met since the last council, what was delivered, and which follow-up the ministers expect before the next one. Background in the record's sources." \
    --status "${statuses[$((i % 6))]}" --tag "watch" --tag "round-$((i % 5))" \
    --follow-up "2027-0$((i % 9 + 1))-1$((i % 9))"
done
for b in $(seq 1 20); do
  ws brief new --template council-preparation --title "Council preparation $b" --author "Measure" --date 2027-05-1$((b % 10))
  ws brief add "$b" "${sectors[$((b % ${#sectors[@]}))]}" "${ids[@]:$((b % 40)):6}" 2>/dev/null || true
done
echo done

# --- launches -----------------------------------------------------------------

# All descendants of a PID (the WebKit processes are children of the app).
descendants() {
  local pid=$1 child
  for child in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do
    echo "$child"
    descendants "$child"
  done
}

pss_of() { awk '$1 == "Pss:" { print $2 }' /proc/"$1"/smaps_rollup 2>/dev/null || echo 0; }

median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print "-"; else print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

declare -A ready app_ms pss per_process trace base_trace
# One launch of `which` (app|base): records its figures unless `count` is 0.
launch() {
  local which=$1 count=$2 log="$tmp/$1.log" bin env_home start line at wall in_app pids p total=0 kib name
  rm -f "$log"
  if [ "$which" = app ]; then
    start=$(date +%s%3N)
    DISPLAY="$display" BRIEFDESK_HOME="$home_app" BRIEFDESK_STARTUP_TRACE=1 GSETTINGS_BACKEND=memory \
      "$app" >"$log" 2>&1 &
  else
    start=$(date +%s%3N)
    DISPLAY="$display" XDG_CONFIG_HOME="$home_base/config" XDG_DATA_HOME="$home_base/data" \
      XDG_CACHE_HOME="$home_base/cache" XDG_STATE_HOME="$home_base/state" GSETTINGS_BACKEND=memory \
      "$base" >"$log" 2>&1 &
  fi
  launched=$!
  for _ in $(seq 1 1000); do
    grep -q "ready after" "$log" 2>/dev/null && break
    sleep 0.01
  done
  local seen; seen=$(date +%s%3N)
  if ! grep -q "ready after" "$log"; then
    echo "$which: not ready within 10 s" >&2
    cat "$log" >&2
    return 1
  fi
  line=$(grep -m1 "ready after" "$log")
  in_app=$(sed -E 's/.*ready after ([0-9]+) ms.*/\1/' <<<"$line")
  at=$(sed -nE 's/.*\(at ([0-9]+)\).*/\1/p' <<<"$line")
  wall=$(( ${at:-$seen} - start ))
  sleep 2 # let the WebKit processes settle
  pids=("$launched" $(descendants "$launched"))
  local detail=""
  for p in "${pids[@]}"; do
    kib=$(pss_of "$p"); kib=${kib:-0}
    name=$(cat /proc/"$p"/comm 2>/dev/null || echo gone)
    total=$((total + kib))
    detail+=" $name $((kib / 1024))"
    [ "$count" = 1 ] && per_process[$which/$name]+="$((kib / 1024)) "
    if [ "$count" = 1 ] && [ -n "${SMAPS_DIR:-}" ]; then
      mkdir -p "$SMAPS_DIR"
      cat /proc/"$p"/smaps >"$SMAPS_DIR/$which-$run-$name.smaps" 2>/dev/null || true
    fi
  done
  printf '  %-9s ready %4d ms (in-app %4d); PSS %3d MiB:%s%s\n' \
    "$([ "$which" = app ] && echo Briefdesk || echo baseline)" "$wall" "$in_app" "$((total / 1024))" "$detail" \
    "$([ "$count" = 1 ] || echo '  (first launch, not counted)')"
  if [ "$count" = 1 ]; then
    ready[$which]+="$wall " app_ms[$which]+="$in_app " pss[$which]+="$((total / 1024)) "
    local phases
    phases=$(grep -m1 "startup trace:" "$log" | sed 's/.*startup trace: //' || true)
    if [ "$which" = app ]; then
      for kv in $phases; do trace[${kv%=*}]+="${kv#*=} "; done
      [ -z "${trace_order:-}" ] && trace_order=$(tr ' ' '\n' <<<"$phases" | sed 's/=.*//' | tr '\n' ' ')
    else
      for kv in $phases; do base_trace[${kv%=*}]+="${kv#*=} "; done
    fi
  fi
  kill -TERM "$launched" 2>/dev/null || true
  wait "$launched" 2>/dev/null || true
  launched=""
}

med() { tr ' ' '\n' <<<"$1" | grep . | median; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
sleep 1
for run in $(seq 0 "$runs"); do
  echo "run $run:"
  count=$([ "$run" = 0 ] && echo 0 || echo 1)
  # Alternate which goes first, so neither always follows the other.
  if [ $((run % 2)) = 0 ]; then
    launch base "$count"; launch app "$count"
  else
    launch app "$count"; launch base "$count"
  fi
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

r_app=$(med "${ready[app]}") r_base=$(med "${ready[base]}")
p_app=$(med "${pss[app]}") p_base=$(med "${pss[base]}")
echo
echo "Briefdesk start-up trace (median ms from main, $runs runs):"
for k in ${trace_order:-}; do printf '  %-22s %5s\n' "$k" "$(med "${trace[$k]}")"; done
echo "baseline (median ms from main): navigation $(med "${base_trace[navigation]:-}"), ready $(med "${base_trace[ready]:-}")"
echo
echo "PSS per process (median MiB):"
for key in $(printf '%s\n' "${!per_process[@]}" | sort); do
  printf '  %-9s %-18s %4s\n' "$([ "${key%%/*}" = app ] && echo Briefdesk || echo baseline)" "${key#*/}" "$(med "${per_process[$key]}")"
done
echo
printf 'medians of %d alternating runs (load average %s before, %s after):\n' "$runs" "$load_before" "$load_after"
printf '  baseline   ready %4d ms (in-app %4d)   PSS %3d MiB\n' "$r_base" "$(med "${app_ms[base]}")" "$p_base"
printf '  Briefdesk  ready %4d ms (in-app %4d)   PSS %3d MiB\n' "$r_app" "$(med "${app_ms[app]}")" "$p_app"
verdict() { awk -v a="$1" -v b="$2" -v t="$3" 'BEGIN { r = a / b; printf "%.2fx (target <= %.2fx: %s)", r, t, (r <= t ? "met" : "MISSED") }'; }
printf '  ratio      start-up %s, PSS %s\n' "$(verdict "$r_app" "$r_base" 1.2)" "$(verdict "$p_app" "$p_base" 1.15)"
