#!/usr/bin/env bash
# As-of views and open-data snapshots at volume (issue 17), with their references measured in the same run:
#   bench/asof.sh [FILINGS] [OUT.md]      (default 100000 filings; the section is printed and, if given, written to OUT.md)
# Builds the jar (SKIP_BUILD=yes uses target/initiative-tracker.jar as it is), generates FILINGS sample filings
# into a fresh H2 file database (timed: wall clock and the generator's own line), starts the app with -Xmx256m
# (HEAP) and times single requests with curl, one at a time, each address made uncached by a unique "n=" (the
# page cache keys on the whole address):
# - the as-of dashboard /?asOf=2020-06-30 and /?asOf=<today> (every generated filing is stored today, so only
#   the second counts them; both read them all), 3 as-of member pages, 5 as-of filing pages;
# - the references: today's dashboard / (uncached the same way) and a static file (/css/tracker.css);
# - one open-data snapshot (POST /data/snapshots as admin), twice, against the CSV export of all published
#   filings (/filings/export.csv); the newest downloaded and checked with sha256sum -c, then restored into a
#   new, empty instance with the same heap (--tracker.restore.snapshot=); SNAPSHOT_HEAP=1g restarts the app with
#   that heap and takes two more.
# Each kind: WARM rounds over its addresses first (not counted), then REPS rounds; median and worst of the
# counted requests; ratios are medians against today's dashboard. Needs java 17 and curl.
# DATA_DIR=dir measures an existing database instead (no generation; a run leaves its database in
# /tmp/tracker-asof.*/data). AUDIT_ENTRIES=N first adds N audit entries dated now to that database, each a
# status change of a published filing (as editors' changes after the day would be), so that the as-of pages
# have an audit trail to undo: the generator writes none.
set -euo pipefail
cd "$(dirname "$0")/.."
FILINGS="${1:-${FILINGS:-100000}}"; OUT="${2:-}"
PORT="${PORT:-18086}"; HEAP="${HEAP:-256m}"; WARM="${WARM:-5}"; REPS="${REPS:-5}"
BASE="http://127.0.0.1:$PORT"; DAY="2020-06-30"; TODAY="$(date -u +%F)"
WORK="$(mktemp -d /tmp/tracker-asof.XXXXXX)"; DATA="$WORK/data"
export TRACKER_ADMIN_PASSWORD="bench night harbour lanterns 2020"
log() { printf '[asof] %s\n' "$*" >&2; }
now() { date +%s.%N; }
APP_PID=""
stop_app() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; fi; }
trap stop_app EXIT

JAR=target/initiative-tracker.jar
if [ "${SKIP_BUILD:-no}" != yes ]; then log "building the jar"; ./mvnw -q -o -B -DskipTests package; fi
if [ -n "${DATA_DIR:-}" ]; then
  DATA="$(realpath "$DATA_DIR")"; gen_wall="-"; gen_line="not run (existing database in $DATA)"
else
  log "generating $FILINGS filings into $DATA"
  t0=$(now)
  java -Xmx"$HEAP" -jar "$JAR" --tracker.data-dir="$DATA" --server.port=0 --tracker.generate.filings="$FILINGS" \
    > "$WORK/generate.log" 2>&1
  t1=$(now)
  gen_wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.0f", b - a}')
  gen_line=$(grep -o 'Generated [0-9]* sample filings in [0-9.]* s ([0-9]* filings/s)' "$WORK/generate.log" || echo "?")
fi
log "generator: $gen_line; $gen_wall s with start-up and shut-down"

# Addresses, from the database before the app holds the H2 file.
unzip -q -o -j "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$WORK" && H2JAR="$(ls "$WORK"/h2-*.jar)"
H2URL="jdbc:h2:file:$DATA/tracker;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
if [ "${AUDIT_ENTRIES:-0}" -gt 0 ]; then
  log "adding $AUDIT_ENTRIES audit entries (status changes of published filings, dated now)"
  java -cp "$H2JAR" org.h2.tools.RunScript -url "$H2URL" -user sa -script /dev/stdin <<SQL
insert into audit_entry (occurred_at, username, entity_type, entity_id, action, member_id, summary)
  select current_timestamp, 'bench-asof', 'filing', id, 'UPDATE', applicant_id, 'Benchmark: status changed'
  from patent_filing where published = true order by id limit $AUDIT_ENTRIES;
insert into audit_change (entry_id, position, field, old_value, new_value)
  select e.id, 0, 'legalStatus', 'PUBLISHED', f.legal_status from audit_entry e join patent_filing f on f.id = e.entity_id
  where e.username = 'bench-asof' and not exists (select 1 from audit_change c where c.entry_id = e.id);
SQL
fi
java -cp "$H2JAR" org.h2.tools.RunScript -url "$H2URL" -user sa -script /dev/stdin <<SQL
call csvwrite('$WORK/ids.csv', 'select id from patent_filing where published = true and mod(id, 9973) = 0 order by id limit 5', 'writeColumnHeader=false');
call csvwrite('$WORK/slugs.csv', 'select m.slug from filing_count c join member_company m on m.id = c.applicant_id where c.published = true group by m.slug order by sum(c.filings) desc limit 3', 'writeColumnHeader=false');
call csvwrite('$WORK/counts.csv', 'select (select count(*) from patent_filing), (select count(*) from audit_entry)', 'writeColumnHeader=false');
SQL
mapfile -t IDS < <(tr -d '"' < "$WORK/ids.csv")
mapfile -t SLUGS < <(tr -d '"' < "$WORK/slugs.csv")
counts=$(tr -d '"' < "$WORK/counts.csv")
log "filings, audit entries: $counts; filing ids ${IDS[*]}; members ${SLUGS[*]}"

java -Xmx"$HEAP" -jar "$JAR" --server.port="$PORT" --tracker.data-dir="$DATA" --tracker.sample-data.enabled=false \
  > "$WORK/app.log" 2>&1 & APP_PID=$!
# Ready once the start-up runners are done (the real record, the first admin, a search index catch-up), whose
# last line is the import runner's: measuring during them would measure them.
ready() { for _ in $(seq 1 1200); do grep -q "Import jobs of this instance run as" "$WORK/app.log" && return; sleep 0.5; done; }
ready

n=0
# Prints the seconds of one request; fails on anything but 200.
one() {
  n=$((n + 1)); local url="$1"; local sep='?'; case "$url" in *\?*) sep='&' ;; esac
  [ "${url#/css/}" != "$url" ] && sep="" || url="$url${sep}n=bench-$n"
  local out; out=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' "$BASE$url")
  [ "${out%% *}" = 200 ] || { log "$url answered ${out%% *}"; exit 1; }
  echo "${out#* }"
}
# Kind name, then its addresses: WARM rounds, then REPS rounds into $WORK/<name>.txt.
measure() {
  local name="$1"; shift
  for _ in $(seq 1 "$WARM"); do for u in "$@"; do one "$u" > /dev/null; done; done
  : > "$WORK/$name.txt"
  for _ in $(seq 1 "$REPS"); do for u in "$@"; do one "$u" >> "$WORK/$name.txt"; done; done
}
median() { sort -n "$WORK/$1.txt" | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
worst() { sort -n "$WORK/$1.txt" | tail -n 1; }

log "measuring the pages (warm-up $WARM rounds, $REPS counted)"
members=(); for s in "${SLUGS[@]}"; do members+=("/members/$s?asOf=$DAY"); done
filings=(); for i in "${IDS[@]}"; do filings+=("/filings/$i?asOf=$DAY"); done
measure static /css/tracker.css
measure dashboard /
measure asof-dashboard "/?asOf=$DAY"
measure asof-dashboard-today "/?asOf=$TODAY"
measure asof-member "${members[@]}"
measure asof-filing "${filings[@]}"
measure dashboard-after /
uptime_pages=$(uptime | sed 's/.*load average: //')

log "the CSV export of all published filings, then two snapshots"
curl -s -o "$WORK/export.csv" -w '%{time_total}\n' "$BASE/filings/export.csv" > "$WORK/export.txt"
jar="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | cut -d'"' -f4; }
# Two snapshots as admin; each line of $WORK/snapshot-<heap>.txt: seconds, or "failed (<status>[, OutOfMemoryError])".
snapshots() {
  local file="$WORK/snapshot-$1.txt" token out
  rm -f "$jar"; : > "$file"
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | csrf)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" \
    --data-urlencode "password=$TRACKER_ADMIN_PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login"
  for _ in 1 2; do
    token=$(curl -s -c "$jar" -b "$jar" "$BASE/data" | csrf)
    out=$(curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{http_code} %{time_total}' --data "_csrf=$token" "$BASE/data/snapshots")
    if [ "${out%% *}" = 302 ]; then awk -v s="${out#* }" 'BEGIN {printf "%.1f s\n", s}' >> "$file"
    else
      oom=$(grep -q OutOfMemoryError "$WORK/app.log" && echo ", OutOfMemoryError" || true)
      echo "failed after ${out#* } s (HTTP ${out%% *}$oom)" >> "$file"
    fi
  done
  snap_size=$(curl -s -b "$jar" "$BASE/data" | grep -o '[0-9.,]* [KMG]\?i\?B' | head -n 1 || true)
}
snapshots "$HEAP"
# The newest snapshot downloaded (timed) and its checksums verified with sha256sum, as a user would.
snap_id=$(curl -s "$BASE/data" | grep -o '/data/snapshots/[0-9]*' | head -n 1 | sed 's|.*/||')
download=$(curl -s -o "$WORK/snapshot.zip" -w '%{http_code} %{time_starttransfer} %{time_total}' "$BASE/data/snapshots/$snap_id")
mkdir -p "$WORK/snapshot" && unzip -q -o "$WORK/snapshot.zip" -d "$WORK/snapshot"
sums_ok=$( (cd "$WORK/snapshot" && sha256sum -c --quiet SHA256SUMS) > /dev/null 2>&1 && echo "all $(wc -l < "$WORK/snapshot/SHA256SUMS") verify (sha256sum -c)" || echo "FAILED")
peak_rss=$(awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$APP_PID/status")
uptime_end=$(uptime | sed 's/.*load average: //')
stop_app
snap_more=""
if [ -n "${SNAPSHOT_HEAP:-}" ]; then
  log "two snapshots again with -Xmx$SNAPSHOT_HEAP"
  java -Xmx"$SNAPSHOT_HEAP" -jar "$JAR" --server.port="$PORT" --tracker.data-dir="$DATA" --tracker.sample-data.enabled=false \
    > "$WORK/app.log" 2>&1 & APP_PID=$!
  ready
  snapshots "$SNAPSHOT_HEAP"
  snap_more="| the same with \`-Xmx$SNAPSHOT_HEAP\` (app restarted) | $(paste -sd';' "$WORK/snapshot-$SNAPSHOT_HEAP.txt" | sed 's/;/, then /') |"
  stop_app
fi

log "restoring the snapshot into a new, empty instance (-Xmx$HEAP)"
t0=$(now)
restore_rc=0
java -Xmx"$HEAP" -jar "$JAR" --server.port=0 --tracker.data-dir="$WORK/restored" \
  --tracker.restore.snapshot="$WORK/snapshot.zip" > "$WORK/restore.log" 2>&1 || restore_rc=$?
t1=$(now)
restore_line=$(grep -o 'Snapshot restored: [^(]*' "$WORK/restore.log" | head -n 1 || true)
restore_fig="$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}') s with start-up and shut-down, exit $restore_rc: ${restore_line:-$(grep -o 'OutOfMemoryError\|Not restored[^(]*' "$WORK/restore.log" | head -n 1)}"

ref=$(median dashboard)
row() { # label, kind, addresses
  local m w; m=$(median "$2"); w=$(worst "$2")
  awk -v l="$1" -v k="$3" -v m="$m" -v w="$w" -v r="$ref" \
    'BEGIN {printf "| %s | %s | %.0f ms | %.0f ms | %.1f× |\n", l, k, m * 1000, w * 1000, m / r}'
}
export_s=$(cat "$WORK/export.txt"); export_rows=$(($(wc -l < "$WORK/export.csv") - 1))
section=$(cat <<MD
### $(date -u +%F), $FILINGS filings, H2 (\`${DATA_DIR:+DATA_DIR=… }${AUDIT_ENTRIES:+AUDIT_ENTRIES=$AUDIT_ENTRIES }bench/asof.sh $FILINGS\`)

$(nproc) cores (shared), $(java -version 2>&1 | head -n 1), \`-Xmx$HEAP\`; one request at a time with curl, each address
uncached (a unique \`n=\`), $WARM warm-up rounds then $REPS counted rounds per kind. Database: $(echo "$counts" | cut -d, -f1)
filings, $(echo "$counts" | cut -d, -f2) audit entries. Load average during the pages: $uptime_pages; at the end: $uptime_end.

| page | addresses | median | worst | median ÷ today's dashboard |
|---|---|---|---|---|
$(row "static file \`/css/tracker.css\` (reference)" static 1)
$(row "today's dashboard \`/\` (reference)" dashboard 1)
$(row "today's dashboard again, after the as-of pages" dashboard-after 1)
$(row "as-of dashboard \`/?asOf=$DAY\`" asof-dashboard 1)
$(row "as-of dashboard \`/?asOf=$TODAY\` (every filing counted)" asof-dashboard-today 1)
$(row "as-of member page \`/members/{slug}?asOf=$DAY\`" asof-member "${#members[@]}")
$(row "as-of filing page \`/filings/{id}?asOf=$DAY\`" asof-filing "${#filings[@]}")

| figure | value |
|---|---|
| generator | $gen_line; $gen_wall s with the app's start-up and shut-down |
| CSV export of all published filings (reference) | $(printf "%'d" "$export_rows") rows in $(awk -v s="$export_s" 'BEGIN {printf "%.1f", s}') s |
| one open-data snapshot (POST /data/snapshots as admin), twice, \`-Xmx$HEAP\` | $(paste -sd';' "$WORK/snapshot-$HEAP.txt" | sed 's/;/, then /') |
| newest snapshot's size as /data lists it | ${snap_size:-?} |
| its download (\`GET /data/snapshots/{id}\`): status, first byte, whole | $(echo "$download" | awk '{printf "%s, %.2f s, %.2f s", $1, $2, $3}'); checksums: $sums_ok |
| restored into a new, empty instance (\`--tracker.restore.snapshot=\`), \`-Xmx$HEAP\` | $restore_fig |
| peak resident memory of the app (VmHWM) | $peak_rss MiB |
$snap_more
MD
)
echo "$section"
[ -n "$OUT" ] && echo "$section" > "$OUT"
log "work files in $WORK"
