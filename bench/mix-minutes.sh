#!/usr/bin/env bash
# The uncached mix minute by minute from a start: how the rate, p99 and CPU per request change while the JIT
# compiles the mix's code (issue 13; docs/benchmarks.md, 2026-12-07).
#   bench/mix-minutes.sh JAR DATA_DIR MIX.lua MINUTES [tracker arguments...]
# Starts java -Xmx$HEAP $JAVA_OPTS -jar JAR on DATA_DIR (add the PostgreSQL datasource as tracker arguments),
# then runs MINUTES minutes of bench/mix.lua (wrk, 2 threads, 16 connections; MIX.lua from bench/mix-data.sh)
# and prints, for each minute: requests/s, p99, and the app's CPU per request by thread group (request threads,
# garbage collector, C2) from /proc/PID/task/*/stat, with the whole machine's from /proc/stat.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR="$1"; DATA="$2"; MIX="$3"; MINUTES="$4"; shift 4
HEAP="${HEAP:-256m}"; PORT="${PORT:-18086}"
JAVA_OPTS="${JAVA_OPTS--XX:+UseG1GC -XX:InitiatingHeapOccupancyPercent=75 -XX:-G1UseAdaptiveIHOP}"
export TRACKER_ADMIN_PASSWORD="${TRACKER_ADMIN_PASSWORD:-bench night harbour lanterns 2020}"
LOG="$(mktemp /tmp/mix-minutes.XXXXXX.log)"
# shellcheck disable=SC2086
java -Xmx"$HEAP" $JAVA_OPTS -jar "$JAR" --server.port="$PORT" --tracker.data-dir="$DATA" "$@" > "$LOG" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do curl -s -o /dev/null "http://127.0.0.1:$PORT/actuator/health" && break; sleep 1; done
# CPU ticks per thread group: request threads (http-nio), collector (GC, G1), C2, and all threads.
ticks() {
  for t in /proc/"$PID"/task/*; do
    name=$(tr ' ' '_' < "$t/comm"); set -- $(cut -d')' -f2 "$t/stat")
    echo "$name $(( ${12} + ${13} ))"
  done | awk '{ if ($1 ~ /^http-nio/) h += $2; else if ($1 ~ /^(GC_|G1_)/) g += $2; else if ($1 ~ /^C2_/) c += $2;
                a += $2 } END { print h + 0, g + 0, c + 0, a + 0 }'
}
machine() { awk 'NR == 1 { print $2 + $3 + $4 + $7 + $8 }' /proc/stat; }
echo "minute  req/s  p99  | CPU ms per request: requests  collector  C2  JVM  machine"
for i in $(seq 1 "$MINUTES"); do
  read -r h0 g0 c0 a0 <<< "$(ticks)"; m0=$(machine)
  out=$(wrk -t2 -c16 -d60s --timeout 5s --latency -s bench/mix.lua "http://127.0.0.1:$PORT" -- "$MIX")
  read -r h1 g1 c1 a1 <<< "$(ticks)"; m1=$(machine)
  n=$(echo "$out" | awk '/requests in/ {print $1}')
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}'); p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
  errors=$(echo "$out" | awk '/Non-2xx/ {e += $NF} /Socket errors/ {gsub(",", ""); e += $4 + $6 + $8 + $10} END {print e + 0}')
  awk -v i="$i" -v r="$rps" -v p="$p99" -v n="$n" -v t="$(getconf CLK_TCK)" -v e="$errors" \
    -v h=$((h1 - h0)) -v g=$((g1 - g0)) -v c=$((c1 - c0)) -v a=$((a1 - a0)) -v m=$((m1 - m0)) \
    'BEGIN { k = 1000 / t / n; printf "%6d %6s %8s | %.2f %.2f %.2f %.2f %.2f (errors %d)\n", i, r, p, h * k, g * k, c * k, a * k, m * k, e }'
done
