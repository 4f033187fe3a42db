#!/usr/bin/env bash
# One command: install everything the tests need, start a throwaway PostgreSQL server,
# and run the whole test suite (SQLite and PostgreSQL, GUI tests offscreen).
# Extra arguments go to pytest (e.g. ./run-tests.sh -k roster).
set -euo pipefail
cd "$(dirname "$0")"
scripts/install.sh --test

# --- a throwaway PostgreSQL cluster on a unix socket (no TCP), stopped on exit
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/cadredesk-pg.XXXXXX)
as_pg=()
if [ "$(id -u)" -eq 0 ]; then chown postgres "$pgdir"; as_pg=(runuser -u postgres --); fi
"${as_pg[@]}" "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log"
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -o "-k $pgdir -c listen_addresses=''" -w -l "$pgdir/log" start >/dev/null
cleanup() { "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap cleanup EXIT
export CADREDESK_TEST_PG="postgresql+psycopg://postgres@/postgres?host=$pgdir"

export QT_QPA_PLATFORM=offscreen
# the test files are spread over one worker per CPU core (pytest-xdist); a file's tests stay together in one
# worker, so module fixtures are built once. `./run-tests.sh -n 0` runs everything in this one process.
set +e
.venv/bin/python -m pytest -p no:cacheprovider -n auto --dist loadfile "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "run-tests.sh: pytest collected no tests — that is a failure, not a pass." >&2
  exit 1
fi
exit "$rc"
