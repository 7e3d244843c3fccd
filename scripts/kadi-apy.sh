#!/usr/bin/env bash
# Drives the unmodified kadi-apy (PyPI, pinned in tests/kadi_apy/requirements.txt)
# against `understudy serve` on loopback: starts the server on a fresh data dir with
# tests/kadi_apy/fixtures.yaml, mints the users' personal access tokens with the CLI,
# runs pytest on tests/kadi_apy/, and always stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=${KADI_APY_VENV:-target/kadi-venv}
REQUIREMENTS=tests/kadi_apy/requirements.txt
if ! cmp -s "$REQUIREMENTS" "$VENV/.requirements" 2>/dev/null; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet -r "$REQUIREMENTS"
  cp "$REQUIREMENTS" "$VENV/.requirements"
fi

cargo build --quiet --bin understudy
BIN=./target/debug/understudy
DATA=$(mktemp -d)
PORT=${KADI_APY_PORT:-18090}
export UNDERSTUDY_ADMIN_EMAIL=admin@example.com
export UNDERSTUDY_ADMIN_PASSWORD=kadi-apy-password
export UNDERSTUDY_ADMIN_TOKEN=pat_kadi_apy_admin
"$BIN" serve --port "$PORT" --data-dir "$DATA" --fixtures tests/kadi_apy/fixtures.yaml \
  >"$DATA/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "$DATA"' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break
  sleep 0.1
done

token() {
  "$BIN" admin --data-dir "$DATA" create-token --product kadi4mat --name kadi-apy "$@" 2>/dev/null
}
export KADI_HOST="http://127.0.0.1:$PORT"
KADI_PAT_ADA=$(token --email ada@example.com)
KADI_PAT_BOB=$(token --email bob@example.com)
KADI_PAT_ADA_READ_ONLY=$(token --email ada@example.com --scope record.read)
export KADI_PAT_ADA KADI_PAT_BOB KADI_PAT_ADA_READ_ONLY

status=0
"$VENV/bin/python" -m pytest -q -p no:cacheprovider tests/kadi_apy "$@" || status=$?
if [ $status -ne 0 ]; then
  echo "== server log (last 40 lines)"
  tail -40 "$DATA/server.log"
fi
exit $status
