#!/usr/bin/env bash
# Writes the data file of bench/mix.lua from a tracker database (the app must not be running on an H2 file).
# Usage: bench/mix-data.sh h2 H2_JAR DATA_DIR OUT.lua     or     bench/mix-data.sh postgresql DB_URL OUT.lua
#   (DB_URL as psql takes it, e.g. postgresql://postgres@127.0.0.1:5432/tracker_bench)
# Published filing ids: every 97th (deterministic for a given database); pages of 20 from the counts table.
set -euo pipefail
kind="$1"
IDS="select id from patent_filing where published = true and mod(id, 97) = 0 order by id"
MEMBER_YEARS="select m.slug, c.filing_year, sum(c.filings) from filing_count c join member_company m on m.id = c.applicant_id
  where c.published = true group by m.slug, c.filing_year order by m.slug, c.filing_year"
OFFICES="select office, sum(filings) from filing_count where published = true group by office order by office"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
if [ "$kind" = h2 ]; then
  jar="$2"; data="$3"; out="$4"
  java -cp "$jar" org.h2.tools.RunScript -url "jdbc:h2:file:$data/tracker;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" \
    -user sa -script /dev/stdin <<SQL
call csvwrite('$tmp/ids.csv', '$IDS', 'writeColumnHeader=false');
call csvwrite('$tmp/my.csv', '$MEMBER_YEARS', 'writeColumnHeader=false');
call csvwrite('$tmp/offices.csv', '$OFFICES', 'writeColumnHeader=false');
SQL
else
  url="$2"; out="$3"
  psql -q -At -F, "$url" -c "$IDS" > "$tmp/ids.csv"
  psql -q -At -F, "$url" -c "$MEMBER_YEARS" > "$tmp/my.csv"
  psql -q -At -F, "$url" -c "$OFFICES" > "$tmp/offices.csv"
fi
{
  printf 'ids = {'; tr -d '"' < "$tmp/ids.csv" | paste -sd, -; printf '}\n'
  printf 'member_years = {'; tr -d '"' < "$tmp/my.csv" | awk -F, '{printf "{\"%s\", %s, %d},", $1, $2, int(($3 + 19) / 20)}'; printf '}\n'
  printf 'offices = {'; tr -d '"' < "$tmp/offices.csv" | awk -F, '{printf "{\"%s\", %d},", $1, int(($2 + 19) / 20)}'; printf '}\n'
} > "$out"
