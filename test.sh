#!/usr/bin/env bash
# Rectify's test command: installs what the tests need, starts a private PostgreSQL on loopback,
# builds, and runs the unit tests, the integration tests on SQLite and on PostgreSQL, and the
# browser tests in Debian's Chromium. Exits non-zero when anything fails.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results"; mkdir -p "$results"

# 1. What the tests need from Debian: PostgreSQL (with pg_trgm), Chromium, CJK fonts, LibreOffice Writer for PDF (Calc to print sheets)
#    with free stand-ins for the official 楷体 and 仿宋, and poppler's tools to read the printed sheets back.
need=()
for pkg in postgresql postgresql-contrib chromium fonts-noto-cjk libreoffice-writer-nogui libreoffice-calc-nogui fonts-arphic-gbsn00lp fonts-arphic-gkai00mp poppler-utils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "== installing ${need[*]}"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. A private PostgreSQL cluster in a UTF-8 locale (pg_trgm ignores Chinese under the C locale).
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
# The first free port from 55432 up, so a second checkout's run on the same machine does not collide.
pgport=${RECTIFY_TEST_PG_PORT:-55432}
while (exec 3<>"/dev/tcp/127.0.0.1/$pgport") 2>/dev/null; do pgport=$((pgport + 1)); done
pgdata=$(mktemp -d /tmp/rectify-pg.XXXXXX)
chmod 755 "$pgdata"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pgdata"
trap 'as_pg "$pgbin/pg_ctl" -D "$pgdata/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdata"' EXIT
as_pg "$pgbin/initdb" -D "$pgdata/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
if ! as_pg "$pgbin/pg_ctl" -D "$pgdata/data" -l "$pgdata/log" -w \
  -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null; then
  echo "PostgreSQL did not start:"; tail -20 "$pgdata/log"; exit 1
fi
export RECTIFY_TEST_PG="Host=127.0.0.1;Port=$pgport;Username=postgres"

# 3. Build once, then run every suite; a failing suite does not stop the others, but fails the run.
dotnet build Rectify.slnx -c Release -nologo -clp:ErrorsOnly
status=0
run() {
  local name=$1; shift
  echo "== $name"
  if ! dotnet test "$@" -c Release --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results"; then
    status=1
  fi
}
run unit tests/Rectify.UnitTests
RECTIFY_TEST_PROVIDER=Sqlite run integration-sqlite tests/Rectify.IntegrationTests
RECTIFY_TEST_PROVIDER=Postgres run integration-postgres tests/Rectify.IntegrationTests
if [ -d tests/Rectify.BrowserTests ]; then run browser tests/Rectify.BrowserTests; fi

# 4. One closing line over all suites.
passed=0; failed=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | tr -dc 0-9); f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | tr -dc 0-9)
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
echo "$passed passed, $failed failed"
[ "$passed" -gt 0 ] || status=1
[ "$failed" -eq 0 ] || status=1
exit $status
