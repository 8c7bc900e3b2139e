#!/usr/bin/env bash
# Takes a screenshot of each public page of a running tracker with Debian's headless Chromium.
# Usage: scripts/screenshots.sh [base URL, default http://localhost:8080] [output dir, default docs/screenshots]
set -euo pipefail
base="${1:-http://localhost:8080}"
out="${2:-docs/screenshots}"
mkdir -p "$out"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT

shot() { # name path height [lang]
  local url="$base$2"
  case "$url" in *\?*) url="$url&lang=${4:-en}" ;; *) url="$url?lang=${4:-en}" ;; esac
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$profile" \
    --window-size=1280,"${3:-1400}" --screenshot="$out/$1.png" "$url" >/dev/null 2>&1
  echo "$out/$1.png  <- $url"
}

filing=$(curl -s "$base/filings" | grep -o 'href="/filings/[0-9]*"' | head -n 1 | grep -o '[0-9]*')
agreement=$(curl -s "$base/agreements" | grep -o 'href="/agreements/[0-9]*"' | head -n 1 | grep -o '[0-9]*')

shot dashboard "/" 2600
shot members "/members" 900
shot member-baidu "/members/baidu" 2400
shot clauses "/clauses" 1600
shot clause-3 "/clauses/3" 1600
shot clause-3-ko "/clauses/3" 1600 ko
shot filings "/filings" 1700
shot filings-filtered "/filings?member=baidu&office=CN&year=2019" 1700
shot filing "/filings/$filing" 1700
shot agreements "/agreements" 900
shot agreement "/agreements/$agreement" 1000
shot not-found "/members/nobody" 700
shot login "/login" 800
