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

VENV=${KYWY_VENV:-target/kywy-venv}
REQUIREMENTS=tests/kywy/requirements.txt
if ! cmp -s "$REQUIREMENTS" "$VENV/.requirements" 2>/dev/null; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet -r "$REQUIREMENTS"
  cp "$REQUIREMENTS" "$VENV/.requirements"
fi
PYTHON="$(cd "$VENV" && pwd)/bin/python"

cargo build --quiet --bin understudy
DATA=$(mktemp -d)
WORK=$(mktemp -d)
PORT=${KYWY_PORT:-18091}
export UNDERSTUDY_ADMIN_EMAIL=admin@example.com
export UNDERSTUDY_ADMIN_PASSWORD=kywy-admin-password
export UNDERSTUDY_ADMIN_TOKEN=kawa_kywy_admin_key
./target/debug/understudy serve --port "$PORT" --data-dir "$DATA" >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DATA" "$WORK"' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break
  sleep 0.1
done

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
