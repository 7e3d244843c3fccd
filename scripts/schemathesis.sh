#!/usr/bin/env bash
# Runs schemathesis 4 with every check against a real-mode server on loopback, for the
# products real mode serves (Datawiza, Syntho, Kadi4Mat, KAWA, and the Etlworks tags served so far). Starts the server itself (fresh data
# dir, known admin) and always stops it. Fails on any failure or error; the only
# failures it does not hold against the server are the reviewed entries of
# scripts/schemathesis-exclusions.yaml (applied by scripts/schemathesis_hooks.py).
set -euo pipefail
cd "$(dirname "$0")/.."

SCHEMATHESIS_VERSION=4.32.5
HYPOTHESIS_VERSION=6.170.27
VENV=${SCHEMATHESIS_VENV:-target/schemathesis-venv}
# Two runs may start at once (CI's lanes): one makes the venv while the other waits.
mkdir -p "$(dirname "$VENV")"
exec 9>"$VENV.lock"
flock 9
if [ "$("$VENV/bin/st" --version 2>/dev/null)" != "st, version $SCHEMATHESIS_VERSION" ] ||
  [ "$("$VENV/bin/python" -c 'import hypothesis; print(hypothesis.__version__)' 2>/dev/null)" != "$HYPOTHESIS_VERSION" ]; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "schemathesis==$SCHEMATHESIS_VERSION" "hypothesis==$HYPOTHESIS_VERSION"
fi
flock -u 9

# shellcheck source=scripts/lib/harness.sh
. scripts/lib/harness.sh

PORT=${SCHEMATHESIS_PORT:-18089}
export UNDERSTUDY_ADMIN_EMAIL=admin@example.com
# The password of the contracts' login examples (KAWA's), so that they sign in for real.
export UNDERSTUDY_ADMIN_PASSWORD=change-me-please
export UNDERSTUDY_ADMIN_TOKEN=us_schemathesis_token
# Etlworks' OAuth helpers call providers: point them at a closed loopback port so the run
# stays offline and fast (each call answers 502, as the contract documents).
for p in AMAZON_SELLER ATLASSIAN DROPBOX FACEBOOK GOOGLE HUBSPOT MAILCHIMP MICROSOFT QUICKBOOKS SALESFORCE ZOHO; do
  export "UNDERSTUDY_ETLWORKS_OAUTH_${p}_BASE=http://127.0.0.1:9"
done
serve "$PORT" --fixtures scripts/schemathesis-fixtures.yaml --syntho-job-ms 200

BASE="http://127.0.0.1:$PORT"
ST="$(cd "$VENV" && pwd)/bin/st"
# The settings (credentials per security scheme; Syntho's by signing in) plus any phase
# the exclusions switch off for one operation.
"$VENV/bin/python" scripts/schemathesis_hooks.py scripts/schemathesis.toml >"$DATA/schemathesis.toml"
export SCHEMATHESIS_HOOKS="$PWD/scripts/schemathesis_hooks.py"
export SCHEMATHESIS_EXCLUSIONS_LOG="$DATA/excluded.log"

run() {
  local spec=$1 url=$2
  shift 2
  echo "== schemathesis: $spec $*"
  # Run from the data dir: schemathesis writes nothing into the work tree.
  (cd "$DATA" && "$ST" --config-file "${CONFIG:-schemathesis.toml}" run \
    "$BASE/openapi/$spec" --url "$url" --checks all \
    --max-examples "${SCHEMATHESIS_EXAMPLES:-100}" --seed 1 \
    --suppress-health-check all --no-color "$@")
}
# SCHEMATHESIS_ONLY="kadi4mat" runs one product while working on it; CI runs them all.
ONLY=" ${SCHEMATHESIS_ONLY:-datawiza syntho kadi4mat kawa etlworks} "
status=0
if [[ $ONLY == *" datawiza "* ]]; then
  run datawiza/v1.yaml "$BASE" || status=1
fi
# Every Syntho operation, signing out included: the next call signs in again.
if [[ $ONLY == *" syntho "* ]]; then
  run syntho/v1.yaml "$BASE" || status=1
fi
# Kadi4Mat: the tags real mode serves (src/surfaces/kadi4mat/mod.rs, SERVED_TAGS; a
# test keeps this list the same).
KADI4MAT_TAGS=(misc records collections users templates files uploads roles groups revisions)
if [[ $ONLY == *" kadi4mat "* ]]; then
  run kadi4mat/v1.yaml "$BASE/api/v1" "${KADI4MAT_TAGS[@]/#/--include-tag=}" || status=1
fi
# KAWA: the tags real mode serves (src/surfaces/kawa/mod.rs, SERVED_TAGS; a test keeps
# this list the same).
KAWA_TAGS=(Authentication Server Commands Users Workspaces Datasources Sheets Ingestion Computation Uploads Workflows "Dashboards and applications" "Scripts and agents")
if [[ $ONLY == *" kawa "* ]]; then
  run kawa/v1.yaml "$BASE" "${KAWA_TAGS[@]/#/--include-tag=}" || status=1
fi
# Etlworks: the tags real mode serves (src/surfaces/etlworks/mod.rs, SERVED_TAGS; a test
# keeps this list the same). The run signs in as a super admin of its own with a JWT
# (scripts/schemathesis-etlworks.toml), so that the operations it exercises on users —
# rotating or revoking API keys, disabling, deleting, signing out, changing passwords —
# can neither sign it out for good nor touch the bootstrap admin's key the other
# products' runs use. Last, as it may still change other users.
ETLWORKS_TAGS=("Authentication" "Users & tenants" "Flows" "Executions" "Schedules" "Connections" "Explorer & SQL" "Audit & recycle bin" "Webhooks & messages" "Tags & search" "Templates & macros" "Composer" "OAuth helpers" "System & operations")
if [[ $ONLY == *" etlworks "* ]]; then
  curl -sf -o /dev/null -X POST "$BASE/rest/v1/users" \
    -H "Authorization: Bearer $UNDERSTUDY_ADMIN_TOKEN" -H 'Content-Type: application/json' \
    -d '{"login": "schemathesis", "email": "schemathesis@example.com", "role": "SUPER_ADMIN", "password": "st-etlworks-password"}'
  "$VENV/bin/python" scripts/schemathesis_hooks.py scripts/schemathesis-etlworks.toml >"$DATA/etlworks.toml"
  CONFIG=etlworks.toml run etlworks/v1.yaml "$BASE" "${ETLWORKS_TAGS[@]/#/--include-tag=}" || status=1
fi

echo "== exclusions applied (scripts/schemathesis-exclusions.yaml)"
"$VENV/bin/python" scripts/schemathesis_hooks.py --report "$SCHEMATHESIS_EXCLUSIONS_LOG"
exit $status
