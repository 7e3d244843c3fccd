#!/usr/bin/env bash
# KAWA's data tier through the unmodified kywy against `understudy serve` (release,
# SQLite): load ROWS rows (default 1M) as a zstd Arrow IPC stream, then run a grouped
# aggregation (sum, mean, count by one of 20 countries) over them; next to it, pandas
# (and DuckDB when installed in the venv) doing the same aggregation in-process on the
# same rows, the physical-limit reference. The server is pinned to core 0, the client to
# core 1.
#
# Usage: bench/kawa-data.sh [ROWS] [RUNS]   (defaults: 1000000, 5)
# Needs: taskset (util-linux), curl; Python 3 for the pinned kywy venv.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
rows=${1:-1000000}
runs=${2:-5}

# shellcheck source=scripts/lib/harness.sh
. scripts/lib/harness.sh
VENV=${KYWY_VENV:-target/kywy-venv}
pinned_venv "$VENV" tests/kywy/requirements.txt
PYTHON="$(cd "$VENV" && pwd)/bin/python"

cargo build --release --quiet --bins
export UNDERSTUDY_ADMIN_EMAIL=admin@example.com
export UNDERSTUDY_ADMIN_PASSWORD=bench-admin-password
export UNDERSTUDY_ADMIN_TOKEN=kawa_bench_admin_key
UNDERSTUDY_BIN="taskset -c 0 $ROOT/target/release/understudy" serve "${KAWA_BENCH_PORT:-18211}"
WORK=$(mktemp -d)
CLEANUP+=("$WORK")
export KAWA_API_URL="http://127.0.0.1:${KAWA_BENCH_PORT:-18211}"
export KAWA_API_KEY="$UNDERSTUDY_ADMIN_TOKEN"
export KAWA_WORKSPACE=1
(cd "$WORK" && taskset -c 1 "$PYTHON" "$ROOT/bench/kawa_data.py" "$rows" "$runs" | grep -v '^>' | grep -v '^Starting\|^Authentication\|^Sheet ')
