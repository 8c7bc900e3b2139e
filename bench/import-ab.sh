#!/usr/bin/env bash
# Compares the import writing rate of several jars on one database: starts each jar in turn (-Xmx256m, H2), imports
# the same file once as an admin (bench/import.sh) and stops it. Name a jar twice to alternate, e.g. A B A B. Before
# each run every title in the file is revised (bench/revise.sh), so every run writes the same filings as updates.
# Usage: TRACKER_ADMIN_PASSWORD=... bench/import-ab.sh DATA_DIR FILE.csv JAR...
set -euo pipefail
data="$1"; file="$2"; shift 2
port=${PORT:-18090}
for jar in "$@"; do
  java -Xmx256m -jar "$jar" --tracker.data-dir="$data" --server.port="$port" > "$data/import-ab.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/"; do sleep 1; done
  sleep 20 # the start's own background work
  bench/revise.sh "$file"
  echo "$jar: $(bench/import.sh "http://127.0.0.1:$port" admin "$TRACKER_ADMIN_PASSWORD" "$file")"
  kill "$pid"; wait "$pid" || true
done
