#!/usr/bin/env bash
# Drives the unmodified kadi-apy (PyPI, pinned in tests/kadi_apy/requirements.txt)
# against `understudy serve` on loopback: starts the server on a fresh data dir with
# tests/kadi_apy/fixtures.yaml, mints the users' personal access tokens with the CLI,
# runs pytest on tests/kadi_apy/, and always stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/lib/harness.sh
. scripts/lib/harness.sh

VENV=${KADI_APY_VENV:-target/kadi-venv}
pinned_venv "$VENV" tests/kadi_apy/requirements.txt

BIN=./target/debug/understudy
PORT=${KADI_APY_PORT:-18090}
export UNDERSTUDY_ADMIN_EMAIL=admin@example.com
export UNDERSTUDY_ADMIN_PASSWORD=kadi-apy-password
export UNDERSTUDY_ADMIN_TOKEN=pat_kadi_apy_admin
serve "$PORT" --fixtures tests/kadi_apy/fixtures.yaml

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
