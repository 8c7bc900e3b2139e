#!/usr/bin/env bash
# Revises every row of a tracker CSV file in place: each title gets a new prefix (the time to the nanosecond), so
# that importing the file writes every filing it names. An import leaves a filing that already has all of a row's
# values as it is, so a file exported and imported back unchanged would measure no writing at all.
# Usage: bench/revise.sh FILE.csv   (used by bench/run.sh, bench/uncached.sh and bench/import-ab.sh)
set -euo pipefail
stamp="Rev $(date +%s%N)"
# The title is the fourth column, quoted or not. Of the three before it, only the application number may be quoted
# (a US number such as "15/884,239"); the office and the applicant's short name never are. A line inside a quoted
# multi-line value only gets the prefix inside that value. A prefix from an earlier run is replaced, so the file
# grows only once, by about 24 bytes a row (uploads are limited to 50 MB).
sed -i -E "2,\$ s/^([^,]*,(\"([^\"]|\"\")*\"|[^,\"]*),[^,]*,)(\"?)(Rev [0-9]+ )?/\1\4$stamp /" "$1"
