#!/usr/bin/env bash
# Imports a CSV through the web pages as an admin and prints the checking and writing rates, and how long after
# the writing the filings were all in lists and search (the search index takes them in the background).
# Usage: bench/import.sh BASE_URL USERNAME PASSWORD FILE.csv   (used by bench/run.sh)
set -euo pipefail
base="$1"; user="$2"; password="$3"; file="$4"
jar="$(mktemp)"; page="$(mktemp)"; trap 'rm -f "$jar" "$page"' EXIT
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | cut -d'"' -f4; }
now() { date +%s.%N; }
# Whether the job's page has one of the patterns. The page is read whole first: with pipefail, curl piped into an
# early-exiting grep -q fails on a page larger than the pipe's buffer (the preview of a big file), whatever grep found.
job_page_has() { curl -s -b "$jar" "$base$job" > "$page"; grep -q "$@" "$page"; }

token=$(curl -s -c "$jar" -b "$jar" "$base/login" | csrf)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$token" "$base/login"
token=$(curl -s -c "$jar" -b "$jar" "$base/admin/import" | csrf)
rows=$(($(wc -l < "$file") - 1))

start=$(now)
job=$(curl -s -o /dev/null -w '%{redirect_url}' -c "$jar" -b "$jar" -F "file=@$file;type=text/csv" \
  "$base/admin/import?_csrf=$token" | sed "s#^$base##")
case "$job" in /admin/import/*) ;; *) echo "upload refused ($job)"; exit 1 ;; esac
# The preview is ready when the page offers the write options.
until job_page_has -e 'name="mode"' -e 'alert-danger'; do sleep 0.5; done
checked=$(now)
token=$(curl -s -c "$jar" -b "$jar" "$base$job" | csrf)
curl -s -o /dev/null -c "$jar" -b "$jar" --data "mode=VALID_ONLY&onMatch=UPDATE&_csrf=$token" "$base$job/confirm"
until job_page_has -e 'id="job-done"' -e 'alert-danger'; do sleep 0.5; done
written=$(now)
# The written filings reach lists and search in the background; the page says when they all have.
while job_page_has 'id="job-indexing"'; do sleep 0.5; done
findable=$(now)
awk -v r="$rows" -v s="$start" -v c="$checked" -v w="$written" -v f="$findable" 'BEGIN {
  printf "%d rows: checked in %.1f s (%.0f rows/s), written in %.1f s (%.0f rows/s), in lists and search %.1f s later\n",
    r, c - s, r / (c - s), w - c, r / (w - c), f - w }'
