#!/usr/bin/env bash
# Drives the unmodified kywy (KAWA's Python client; PyPI, pinned in
# tests/kywy/requirements.txt) against `understudy serve` on loopback: starts the server
# on a fresh data dir with a known admin, runs pytest on tests/kywy/ from an empty
# temporary folder (kywy reads a `.env` from the working folder or any parent, which
# would override KAWA_API_URL, KAWA_API_KEY and KAWA_WORKSPACE), and always stops the
# server.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

# shellcheck source=scripts/lib/harness.sh
. scripts/lib/harness.sh

VENV=${KYWY_VENV:-target/kywy-venv}
pinned_venv "$VENV" tests/kywy/requirements.txt
PYTHON="$(cd "$VENV" && pwd)/bin/python"

PORT=${KYWY_PORT:-18091}
export UNDERSTUDY_ADMIN_EMAIL=admin@example.com
export UNDERSTUDY_ADMIN_PASSWORD=kywy-admin-password
export UNDERSTUDY_ADMIN_TOKEN=kawa_kywy_admin_key
serve "$PORT"
WORK=$(mktemp -d)
CLEANUP+=("$WORK")

# kywy's quick start: these three, nothing else.
export KAWA_API_URL="http://127.0.0.1:$PORT"
export KAWA_API_KEY="$UNDERSTUDY_ADMIN_TOKEN"
export KAWA_WORKSPACE=1

status=0
(cd "$WORK" && "$PYTHON" -m pytest -q -p no:cacheprovider --rootdir "$ROOT/tests/kywy" \
  "$ROOT/tests/kywy" "$@") || status=$?
if [ $status -ne 0 ]; then
  echo "== server log (last 40 lines)"
  tail -40 "$DATA/server.log"
fi
exit $status
