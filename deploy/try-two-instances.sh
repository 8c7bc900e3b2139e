#!/usr/bin/env bash
# Tries the production set-up on this machine: two tracker instances (ports 8081 and 8082) on a fresh
# PostgreSQL database, nginx on port 8080 balancing between them, sessions in the database.
# Then: signs in through nginx, creates a filing, reads it back through each instance directly with
# the same session cookie, stops one instance and shows that the site (and the session) still works.
# Prints what it does; exits non-zero on the first failure; cleans up (instances, nginx, database).
# Needs: Java 17, curl, the PostgreSQL server on 127.0.0.1:5432 (user postgres, trust authentication)
# with psql; installs nginx (Debian package) with apt-get when it is missing. See docs/deploy.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
JAR=target/initiative-tracker.jar
# Ports: nginx, then the two instances (override when something else uses them).
LB_PORT=${LB_PORT:-8080}
A=${INSTANCE_A_PORT:-8081}
B=${INSTANCE_B_PORT:-8082}
LB=http://127.0.0.1:$LB_PORT
WORK=$(mktemp -d /tmp/tracker-two-instances.XXXXXX)
DB="tracker_demo_$(date +%s)_$$"
ADMIN_PASSWORD="demo $(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n') violet tugboat"
declare -A PIDS=()
DB_CREATED=no
NGINX_STARTED=no

say() { printf '[try] %s\n' "$*"; }
fail() { printf '[try] FAILED: %s\n' "$*" >&2; exit 1; }

cleanup() {
  local status=$?
  set +e
  say "cleaning up"
  for port in "${!PIDS[@]}"; do
    if kill -0 "${PIDS[$port]}" 2>/dev/null; then
      kill "${PIDS[$port]}" && wait "${PIDS[$port]}" 2>/dev/null
      say "  stopped the instance on port $port"
    fi
  done
  if [ "$NGINX_STARTED" = yes ] && [ -f "$WORK/nginx.pid" ]; then
    kill "$(cat "$WORK/nginx.pid")" 2>/dev/null && say "  stopped nginx"
  fi
  if [ "$DB_CREATED" = yes ]; then
    psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "drop database if exists $DB with (force)" \
      && say "  dropped database $DB"
  fi
  if [ $status -ne 0 ]; then
    say "logs kept in $WORK (instance-*.log, nginx-error.log)"
  else
    rm -rf "$WORK"
  fi
  exit $status
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---- prerequisites -------------------------------------------------------------------------------
command -v java >/dev/null || fail "java (17) is not installed"
command -v curl >/dev/null || fail "curl is not installed"
command -v psql >/dev/null || fail "psql is not installed (apt-get install postgresql-client)"
pg_isready -q -h "$PG_HOST" -p "$PG_PORT" || fail "PostgreSQL does not answer on $PG_HOST:$PG_PORT"
for port in "$LB_PORT" "$A" "$B"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    fail "port $port is in use (set LB_PORT, INSTANCE_A_PORT, INSTANCE_B_PORT to use others)"
  fi
done

NGINX=$(command -v nginx || true)
[ -z "$NGINX" ] && [ -x /usr/sbin/nginx ] && NGINX=/usr/sbin/nginx
if [ -z "$NGINX" ]; then
  say "nginx is missing: installing the Debian package"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO=sudo
  $SUDO apt-get update -q >/dev/null
  # Keep the packaged service from starting (policy-rc.d 101): this script runs its own nginx with its
  # own configuration and leaves the system's alone.
  policy_added=no
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod 755 /usr/sbin/policy-rc.d
    policy_added=yes
  fi
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends nginx >/dev/null
  if [ "$policy_added" = yes ]; then $SUDO rm -f /usr/sbin/policy-rc.d; fi
  NGINX=/usr/sbin/nginx
  $SUDO rm -f /usr/sbin/policy-rc.d.tracker-try
fi
say "nginx: $("$NGINX" -v 2>&1)"

if [ ! -f "$JAR" ]; then
  say "building $JAR (./mvnw package, tests skipped)"
  ./mvnw -q -B -DskipTests package
fi
say "jar: $JAR ($(du -h "$JAR" | cut -f1))"

# ---- database ------------------------------------------------------------------------------------
psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "create database $DB"
DB_CREATED=yes
say "created database $DB on $PG_HOST:$PG_PORT"

# ---- two instances -------------------------------------------------------------------------------
start_instance() {
  local port=$1
  # No TLS in this trial, so the session cookie may travel over plain HTTP here (in prod it is Secure).
  # Both instances share one import directory, as several instances must (docs/operations.md).
  SPRING_PROFILES_ACTIVE=prod \
  SPRING_DATASOURCE_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" \
  SPRING_DATASOURCE_USERNAME="$PG_USER" \
  SPRING_DATASOURCE_PASSWORD="" \
  TRACKER_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  TRACKER_IMPORT_DIR="$WORK/imports" \
    java -jar "$JAR" --server.port="$port" --server.servlet.session.cookie.secure=false \
    > "$WORK/instance-$port.log" 2>&1 &
  PIDS[$port]=$!
  say "started instance on port $port (pid ${PIDS[$port]}, log $WORK/instance-$port.log)"
}

wait_ready() {
  local port=$1
  for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null; then
      say "instance on port $port is ready: $(curl -s "http://127.0.0.1:$port/actuator/health/readiness")"
      return 0
    fi
    kill -0 "${PIDS[$port]}" 2>/dev/null || { tail -30 "$WORK/instance-$port.log" >&2; fail "instance $port exited"; }
    sleep 1
  done
  tail -30 "$WORK/instance-$port.log" >&2
  fail "instance on port $port not ready after 120 s"
}

# The first instance migrates the empty database and creates the first admin; then the second starts
# (a rolling start, as in docs/deploy.md) and finds the schema up to date.
start_instance "$A"
wait_ready "$A"
start_instance "$B"
wait_ready "$B"
grep -h "Successfully applied\|Schema .* is up to date" "$WORK"/instance-808*.log | sed 's/^.*\] /[try]   flyway: /' || true

# ---- nginx ---------------------------------------------------------------------------------------
mkdir -p "$WORK/nginx-temp"
chmod 755 "$WORK"
chmod 777 "$WORK/nginx-temp"
cat > "$WORK/nginx.conf" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 256; }
http {
    log_format upstream '\$request_method \$uri \$status upstream=\$upstream_addr';
    access_log $WORK/nginx-access.log upstream;
    client_body_temp_path $WORK/nginx-temp/body;
    proxy_temp_path $WORK/nginx-temp/proxy;
    fastcgi_temp_path $WORK/nginx-temp/fastcgi;
    uwsgi_temp_path $WORK/nginx-temp/uwsgi;
    scgi_temp_path $WORK/nginx-temp/scgi;
    upstream tracker {
        server 127.0.0.1:$A max_fails=1 fail_timeout=10s;
        server 127.0.0.1:$B max_fails=1 fail_timeout=10s;
    }
    server {
        listen 127.0.0.1:$LB_PORT;
        location / {
            proxy_pass http://tracker;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Port \$server_port;
            # An instance that is down or shutting down: try the other one.
            proxy_next_upstream error timeout http_502 http_503;
        }
    }
}
EOF
"$NGINX" -t -q -c "$WORK/nginx.conf" -p "$WORK" 2>/dev/null || "$NGINX" -t -c "$WORK/nginx.conf" -p "$WORK"
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"
NGINX_STARTED=yes
for _ in $(seq 1 20); do [ -f "$WORK/nginx.pid" ] && break; sleep 0.2; done
say "nginx on port $LB_PORT balancing $A and $B (config $WORK/nginx.conf)"

# ---- sign in through nginx -----------------------------------------------------------------------
JAR_COOKIES="$WORK/cookies.txt"
csrf_of() { grep -o 'name="_csrf" value="[^"]*"' | sed -n 1p | sed 's/.*value="//; s/"$//'; }
http_code() { curl -s -o /dev/null -w '%{http_code}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$@"; }

login_page=$(curl -sf -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$LB/login")
csrf=$(printf '%s' "$login_page" | csrf_of)
[ -n "$csrf" ] || fail "no CSRF token on /login"
location=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
  --data-urlencode "username=admin" --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" \
  "$LB/login")
[ "$location" = "$LB/" ] || fail "sign-in did not lead to the dashboard (redirect: '$location')"
grep -q $'\tSESSION\t' "$JAR_COOKIES" || fail "no SESSION cookie after sign-in"
say "signed in through nginx as admin: redirected to $location, SESSION cookie set"

# ---- create a filing through nginx ---------------------------------------------------------------
form=$(curl -sf -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$LB/filings/new") || fail "GET /filings/new"
csrf=$(printf '%s' "$form" | csrf_of)
baidu=$(printf '%s' "$form" | sed -n '/name="applicantId"/,/<\/select>/p' \
  | grep -o '<option value="[0-9]*"[^>]*>Baidu' | sed -n 1p | sed 's/.*value="\([0-9]*\)".*/\1/')
[ -n "$baidu" ] || fail "Baidu not found among the applicants of /filings/new"

# A valid CN invention application number: 12 digits (year, type 1, serial) and the check character:
# weights 2..9 then 2..5 over the 12 digits, sum mod 11, 10 written X.
digits="$(date +%Y)1$(printf '%07d' $((RANDOM * 32 + RANDOM % 32)))"
sum=0
for i in $(seq 0 11); do sum=$((sum + ${digits:$i:1} * (2 + i % 8))); done
check=$((sum % 11)); [ $check -eq 10 ] && check=X
number="$digits.$check"
title="Two-instance trial filing $(date +%H%M%S)"

created=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
  --data-urlencode "_csrf=$csrf" --data-urlencode "office=CN" --data-urlencode "applicationNumber=$number" \
  --data-urlencode "applicantId=$baidu" --data-urlencode "title=$title" \
  --data-urlencode "filingDate=$(date +%Y-%m-%d)" --data-urlencode "legalStatus=FILED" \
  --data-urlencode "technologyArea=DEEP_LEARNING" "$LB/filings/new")
filing_url=${created#* }
case "$created" in
  302\ "$LB"/filings/[0-9]*) ;;
  *) fail "creating the filing: expected a redirect to /filings/{id}, got '$created'" ;;
esac
filing_path=${filing_url#"$LB"}
say "created filing CN $number for Baidu (member $baidu) through nginx: $filing_path, \"$title\""

# ---- read it back through each instance directly --------------------------------------------------
for port in "$A" "$B"; do
  page=$(curl -s -b "$JAR_COOKIES" -w '\n%{http_code}' "http://127.0.0.1:$port$filing_path")
  code=${page##*$'\n'}
  [ "$code" = 200 ] || fail "instance $port answered $code for $filing_path"
  # grep on a here-string, not a pipe: grep -q stops reading early, and pipefail would count that as a failure.
  grep -qF -- "$title" <<< "$page" || fail "instance $port does not show the filing"
  say "instance $port shows \"$title\" to the signed-in admin (unpublished: visible only when signed in)"
done
anonymous=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$B$filing_path")
say "without the session cookie instance $B answers $anonymous (an unpublished filing is not public)"
[ "$anonymous" = 404 ] || fail "anonymous request for the unpublished filing got $anonymous"

served=$(grep -o 'upstream=[0-9.:, ]*' "$WORK/nginx-access.log" | sed 's/upstream=//; s/ //g' | sort | uniq -c \
  | awk '{printf "%s%s: %s", sep, $2, $1; sep=", "}')
say "nginx so far passed requests to: $served"
lines_before_stop=$(wc -l < "$WORK/nginx-access.log")

# ---- stop one instance: the site still serves, the session still holds ----------------------------
say "stopping the instance on port $B (SIGTERM: graceful shutdown)"
kill "${PIDS[$B]}"
wait "${PIDS[$B]}" 2>/dev/null || true
unset "PIDS[$B]"
if curl -s -o /dev/null "http://127.0.0.1:$B/"; then fail "$B still answers"; fi
if grep -qi "graceful shutdown" "$WORK/instance-$B.log"; then
  say "$B log: $(grep -ih 'graceful shutdown' "$WORK/instance-$B.log" | tail -n 1 | sed 's/^.*: //')"
fi
for i in 1 2 3 4; do
  health=$(curl -s "$LB/actuator/health")
  code=$(http_code "$LB$filing_path")
  account=$(http_code "$LB/account")
  say "through nginx, request $i: health $health, $filing_path $code, /account $account"
  [ "$code" = 200 ] && [ "$account" = 200 ] || fail "the site or the session did not survive the stopped instance"
done
after_stop=$(curl -s -b "$JAR_COOKIES" "$LB$filing_path")
grep -qF -- "$title" <<< "$after_stop" || fail "filing not shown after the stop"
say "the filing and the signed-in session survive with one instance left"
say "nginx passed the requests after the stop to: $(tail -n +$((lines_before_stop + 1)) "$WORK/nginx-access.log" \
  | grep -o 'upstream=[0-9.:, ]*' | sed 's/upstream=//; s/ //g' | sort | uniq -c | awk '{printf "%s%s: %s", sep, $2, $1; sep=", "}')"
say "OK: every step passed"
