#!/usr/bin/env bash
# One command: install everything (apt packages, then pip into ./.venv) and start CadreDesk.
# The database defaults to an embedded SQLite file in your application-data folder;
# pass --db FILE to use another one. Any arguments are passed to the app.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install.sh
exec .venv/bin/cadredesk "$@"
