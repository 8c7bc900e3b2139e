#!/usr/bin/env bash
# The app's CPU time per request for each kind of the uncached mix (bench/mix.lua), and for the whole mix.
# Usage: bench/cpu-per-request.sh PID BASE_URL DATA.lua [SECONDS]
#   PID: the running tracker's process; DATA.lua: from bench/mix-data.sh. Warm the app up first (a few minutes
#   of bench/mix.lua): on two cores the JIT compilers take a minute or more, and their time counts here.
# Prints, per kind: requests, requests/s, p99 and the process's user+system CPU time divided by the requests
# (wrk: 2 threads, 8 connections). CPU time per request is steadier than requests/s on a shared machine.
set -euo pipefail
pid="$1"; base="$2"; data="$3"; secs="${4:-12}"
cd "$(dirname "$0")/.."
tick=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
for kind in detail member office text ipc all; do
  only="$kind"; [ "$kind" = all ] && only=""
  before=$(cpu)
  out=$(wrk -t2 -c8 -d"${secs}s" --timeout 10s --latency -s bench/mix.lua "$base" -- "$data" $only)
  after=$(cpu)
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p99=$(echo "$out" | awk '/ 99%/ {print $2}')
  awk -v k="$kind" -v n="$n" -v r="$rps" -v p="$p99" -v c=$((after - before)) -v t="$tick" \
    'BEGIN { printf "%s: %d requests, %s req/s, p99 %s, CPU %.2f ms per request\n", k, n, r, p, c * 1000 / t / n }'
done
