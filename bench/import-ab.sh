#!/usr/bin/env bash
# Compares the import writing rate of several jars on one database: starts each jar in turn (-Xmx256m, H2), imports
# the same file once as an admin (bench/import.sh) and stops it. Name a jar twice to alternate, e.g. A B A B; the
# rows are written as updates, so every run writes the same rows.
# Usage: TRACKER_ADMIN_PASSWORD=... bench/import-ab.sh DATA_DIR FILE.csv JAR...
set -euo pipefail
data="$1"; file="$2"; shift 2
port=${PORT:-18090}
for jar in "$@"; do
  java -Xmx256m -jar "$jar" --tracker.data-dir="$data" --server.port="$port" > "$data/import-ab.log" 2>&1 &
  pid=$!
  until curl -s -o /dev/null "http://127.0.0.1:$port/"; do sleep 1; done
  sleep 20 # the start's own background work
  echo "$jar: $(bench/import.sh "http://127.0.0.1:$port" admin "$TRACKER_ADMIN_PASSWORD" "$file")"
  kill "$pid"; wait "$pid" || true
done
