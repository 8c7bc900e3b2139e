#!/usr/bin/env bash
# The generator against the database's own bulk copy of the same rows (issue 13), on H2 and PostgreSQL:
#   bench/generator.sh [FILINGS] [OUT.md]     (default 100000; the section is printed and, if given, written)
# For each database: generates FILINGS filings into a fresh database (java -Xmx256m -XX:+UseParallelGC -jar
# ... --tracker.generate.filings=N, the generator's own line), then copies the rows it wrote with the database
# alone into a copy of patent_filing with the same primary key, unique key and indexes, and of filing_ipc with its
# key and indexes:
# - H2: INSERT INTO copy SELECT * FROM patent_filing (and filing_ipc), inside the database (H2's Shell tool);
# - PostgreSQL: COPY TO a file, then COPY FROM that file into the copies (psql \copy).
# The reference is the better of two copies; the ratio is the generator's rate over the database's. It is measured
# twice: without foreign keys (the database's least work) and with the tracker's (patent_filing's member and
# technology area, filing_ipc's filing), which the generator's rows are checked against as they are written. Then the
# search index is rebuilt from each database (--tracker.reindex): the generator also indexes what it writes, so
# the index's own rate bounds it too. Target (issue 13): 20,000 filings/s. Needs java 17,
# psql and the local PostgreSQL (127.0.0.1, postgres, trust); SKIP_BUILD=yes uses target/initiative-tracker.jar.
set -euo pipefail
cd "$(dirname "$0")/.."
FILINGS="${1:-${FILINGS:-100000}}"; OUT="${2:-}"; HEAP="${HEAP:-256m}"
# The garbage collector as docs/deploy.md runs the one-off commands ("Memory and the garbage collector"): parallel.
JAVA_OPTS="${JAVA_OPTS--XX:+UseParallelGC}"
WORK="$(mktemp -d /tmp/tracker-generator.XXXXXX)"
export TRACKER_ADMIN_PASSWORD="bench night harbour lanterns 2020"
log() { printf '[generator] %s\n' "$*" >&2; }
now() { date +%s.%N; }
JAR=target/initiative-tracker.jar
if [ "${SKIP_BUILD:-no}" != yes ]; then log "building the jar"; ./mvnw -q -o -B -DskipTests package; fi
unzip -q -o -j "$JAR" 'BOOT-INF/lib/h2-*.jar' -d "$WORK" && H2JAR="$(ls "$WORK"/h2-*.jar)"
PSQL=(psql -q -At -h 127.0.0.1 -U postgres)

# The copies: the same keys and indexes as patent_filing and filing_ipc have after the migrations.
COPY_TABLES="
drop table if exists filing_copy; drop table if exists ipc_copy;
create table filing_copy as select * from patent_filing where 1 = 0;
alter table filing_copy alter column id set not null;
alter table filing_copy add primary key (id);
create unique index ux_filing_copy_number on filing_copy (office, application_number);
create index ix_filing_copy_updated on filing_copy (updated_at, id);
create index ix_filing_copy_publication on filing_copy (publication_serial);
create index ix_filing_copy_grant on filing_copy (grant_serial);
create index ix_filing_copy_count on filing_copy (applicant_count);
create index ix_filing_copy_created on filing_copy (created_at);
create table ipc_copy as select * from filing_ipc where 1 = 0;
alter table ipc_copy alter column filing_id set not null;
alter table ipc_copy alter column position set not null;
alter table ipc_copy add primary key (filing_id, position);"
# The tracker's foreign keys on the same columns: each row's member, technology area and (for an IPC row) filing is
# looked up as it is written. The generator pays for them; a copy without them is the floor of the database's work.
COPY_FOREIGN_KEYS="
alter table filing_copy add foreign key (applicant_id) references member_company (id);
alter table filing_copy add foreign key (technology_area_id) references technology_area (id);
alter table ipc_copy add foreign key (filing_id) references filing_copy (id);"
# What each database has beside them: H2 indexes the foreign keys itself; PostgreSQL has the partial indexes of V104.
H2_COPY_INDEXES="
create index ix_filing_copy_applicant on filing_copy (applicant_id);
create index ix_filing_copy_area on filing_copy (technology_area_id);
create index ix_ipc_copy_filing on ipc_copy (filing_id);"
PG_COPY_INDEXES="
create index ix_filing_copy_unnumbered_publication on filing_copy (publication_serial) where application_number is null;
create index ix_filing_copy_unnumbered_grant on filing_copy (grant_serial) where application_number is null;"

copied() { # rows, seconds
  echo "$1 filings with their IPC rows in $2 s ($(awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", n / s}') filings/s)"
}
ratio() { # the generator's line, rows, seconds
  awk -v a="$(rate "$1")" -v n="$2" -v s="$3" 'BEGIN {printf "%.2f", a / (n / s)}'
}
generate() { # label, extra arguments; prints the generator's rate
  java -Xmx"$HEAP" $JAVA_OPTS -jar "$JAR" --server.port=0 --tracker.generate.filings="$FILINGS" "${@:2}" > "$WORK/$1.log" 2>&1
  grep -o 'Generated [0-9]* sample filings in [0-9.]* s ([0-9]* filings/s)' "$WORK/$1.log"
}
rate() { sed 's/.*(\([0-9]*\) filings\/s)/\1/' <<< "$1"; }
reindex() { # label, extra arguments; prints the search index's rebuild from the database (the engine's own bulk path)
  java -Xmx"$HEAP" $JAVA_OPTS -jar "$JAR" --server.port=0 --tracker.reindex "${@:2}" > "$WORK/$1-reindex.log" 2>&1
  grep -o 'Search index rebuilt: [0-9]* filings in [0-9.]* s ([0-9]* a second)' "$WORK/$1-reindex.log" || echo "?"
}

log "H2: generating $FILINGS filings"
h2_gen=$(generate h2 --tracker.data-dir="$WORK/h2")
h2_reindex=$(reindex h2 --tracker.data-dir="$WORK/h2")
H2URL="jdbc:h2:file:$WORK/h2/tracker;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
h2() { java -cp "$H2JAR" org.h2.tools.Shell -url "$H2URL" -user sa -sql "$1" > /dev/null; }
h2_rows=$(java -cp "$H2JAR" org.h2.tools.Shell -url "$H2URL" -user sa -sql "select count(*) from patent_filing" | sed -n 2p)
h2_copy() { # extra statements after the copies are made; prints the best of two copies in seconds
  local best=""
  for _ in 1 2; do
    h2 "$COPY_TABLES $H2_COPY_INDEXES $1"
    t0=$(now); h2 "insert into filing_copy select * from patent_filing; insert into ipc_copy select * from filing_ipc"; t1=$(now)
    best=$(printf '%s\n%s\n' "$best" "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')" | sed '/^$/d' | sort -n | head -n 1)
    h2 "drop table ipc_copy; drop table filing_copy"
  done
  echo "$best"
}
h2_best=$(h2_copy "")
h2_fk_best=$(h2_copy "$COPY_FOREIGN_KEYS")
log "H2: generator $h2_gen; the database's own copy of $h2_rows filings in $h2_best s, $h2_fk_best s with the foreign keys"

pg_line="| PostgreSQL | not measured (no server at 127.0.0.1) | | | | | |"
if "${PSQL[@]}" -c 'select 1' postgres > /dev/null 2>&1; then
  DB="tracker_generator_$$"
  "${PSQL[@]}" -c "create database $DB" postgres
  log "PostgreSQL: generating $FILINGS filings into $DB"
  pg_gen=$(generate pg --tracker.data-dir="$WORK/pg" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --spring.datasource.username=postgres --spring.datasource.password=)
  pg_reindex=$(reindex pg --tracker.data-dir="$WORK/pg" --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --spring.datasource.username=postgres --spring.datasource.password=)
  pg_rows=$("${PSQL[@]}" "$DB" -c "select count(*) from patent_filing")
  pg_copy() { # extra statements after the copies are made; prints the best of two copies in seconds
    local best=""
    for _ in 1 2; do
      "${PSQL[@]}" "$DB" -c "$COPY_TABLES $PG_COPY_INDEXES $1" > /dev/null
      t0=$(now)
      "${PSQL[@]}" "$DB" <<SQL
\\copy patent_filing to '$WORK/filings.copy'
\\copy filing_ipc to '$WORK/ipc.copy'
\\copy filing_copy from '$WORK/filings.copy'
\\copy ipc_copy from '$WORK/ipc.copy'
SQL
      t1=$(now)
      best=$(printf '%s\n%s\n' "$best" "$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", b - a}')" | sed '/^$/d' | sort -n | head -n 1)
      "${PSQL[@]}" "$DB" -c "drop table ipc_copy; drop table filing_copy" > /dev/null
    done
    echo "$best"
  }
  pg_best=$(pg_copy "")
  pg_fk_best=$(pg_copy "$COPY_FOREIGN_KEYS")
  "${PSQL[@]}" -c "drop database $DB with (force)" postgres
  log "PostgreSQL: generator $pg_gen; the database's own copy of $pg_rows filings in $pg_best s, $pg_fk_best s with the foreign keys"
  pg_line="| PostgreSQL | $pg_gen | COPY TO and COPY FROM: $(copied "$pg_rows" "$pg_best") | $(ratio "$pg_gen" "$pg_rows" "$pg_best") | $(copied "$pg_rows" "$pg_fk_best") | $(ratio "$pg_gen" "$pg_rows" "$pg_fk_best") | $pg_reindex |"
fi
section=$(cat <<MD
#### $(date -u +%F), $FILINGS filings (\`bench/generator.sh $FILINGS\`)

$(nproc) cores (shared; load average at the end $(cut -d' ' -f1-3 /proc/loadavg)), $(java -version 2>&1 | head -n 1), \`-Xmx$HEAP\`.

| database | generator | the database's own copy of the same rows (same keys and indexes), best of two | generator ÷ database | the same with the tracker's foreign keys, best of two | generator ÷ database | search index rebuilt from the database (\`--tracker.reindex\`) |
|---|---|---|---|---|---|---|
| H2 | $h2_gen | INSERT … SELECT inside the database: $(copied "$h2_rows" "$h2_best") | $(ratio "$h2_gen" "$h2_rows" "$h2_best") | $(copied "$h2_rows" "$h2_fk_best") | $(ratio "$h2_gen" "$h2_rows" "$h2_fk_best") | $h2_reindex |
$pg_line
MD
)
echo "$section"
[ -n "$OUT" ] && echo "$section" > "$OUT"
log "work files in $WORK"
