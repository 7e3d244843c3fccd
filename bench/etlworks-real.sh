#!/usr/bin/env bash
# Etlworks real mode (`understudy serve`, SQLite) under load, next to a bare poem handler
# answering fixed JSON (examples/bare_poem.rs) on the same machine: wrk with fixed
# connections and duration on loopback, the server pinned to core 0 and wrk to core 1.
# For N = 1000 and 100000 flows (seeded straight into the SQLite file in one
# transaction): GET a flow by id, the flows list (limit 50) on its first page and at the
# deepest offset. Then runs: RUNS runs of a flow that really copies 100 rows between two
# SQLite files are started as fast as 8 clients can (`parallel=true`), and the script
# waits for all of them to succeed: runs started per second (the POSTs' rate) and runs
# finished per second (first POST to the last run's end). Then the end-to-end latency
# of one run on an otherwise idle server (POST, then the audit record polled until it
# reads success), p50/p99 of 50.
#
# Usage: bench/etlworks-real.sh [SECONDS] [CONNECTIONS] [RUNS]   (defaults: 10 s, 32, 500)
# Needs: wrk, taskset (util-linux), sqlite3, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10}
connections=${2:-32}
runs=${3:-500}
token=us_bench_token
auth="Authorization: Bearer $token"
port=18211
bare_port=18212

# shellcheck source=bench/lib/wrk.sh
. bench/lib/wrk.sh
need wrk taskset sqlite3 curl python3
cargo build --release --quiet --examples --bins

pids=()
# shellcheck source=bench/lib/serve.sh
. bench/lib/serve.sh

# Seeds flows 1..N of the default tenant (the only one, where the bootstrap super admin
# acts), in one transaction: each a one-step
# db-to-db flow as a client would save it (its JSON as the API stores it).
seed() { # db n
  local now tenant
  now=$(($(date +%s) * 1000))
  tenant=$(sqlite3 "$1" "SELECT min(id) FROM et_tenants")
  sqlite3 "$1" <<SQL
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
INSERT INTO et_flows (id, tenant_id, name, description, flow_type, properties, transformations,
                      mappings, connections, nested_flows, owner, version, created_at, updated_at)
SELECT i, $tenant, 'Bench flow ' || i, 'A flow seeded for the benchmark.', 'flow.db.to.db',
       '{"parallel":false,"onError":"stop"}',
       '[{"index":0,"name":"orders","sourceConnectionId":1,"sourceObject":"orders","destinationConnectionId":2,"destinationObject":"ORDERS","properties":{}}]',
       '[]', '[1,2]', '[]', 'admin', 1, $now + i, $now + i FROM n;
COMMIT;
SQL
}


taskset -c 0 ./target/release/examples/bare_poem $bare_port >/dev/null 2>&1 &
pids+=($!)
wait_for $bare_port /api/v1/records/1

declare -A rps p50s p99s
rows=()
row() { # label n path port
  local r p50 p99 bad
  read -r r p50 p99 bad < <(load "$4" "$3")
  [ "$bad" = 0 ] || { echo "$bad non-2xx answers on $3" >&2; exit 1; }
  rps[$1-$2]=$r; p50s[$1-$2]=$p50; p99s[$1-$2]=$p99
  rows+=("$(printf "%-26s %8s %-40s %9s %8s %8s" "$1" "$2" "$3" "$r" "$p50" "$p99")")
}

base=http://127.0.0.1:$port
for n in 1000 100000; do
  data=$tmp/data-$n
  mkdir -p "$data"
  start_server "$data" "/rest/v1/flows?limit=1"          # first start: migrations and the admin
  stop_server
  seed "$data/understudy.db" $n
  start_server "$data" "/rest/v1/flows?limit=1"
  total=$(curl -s -D - -o /dev/null -H "$auth" "$base/rest/v1/flows?limit=1" | tr -d '\r' |
    awk -F': ' 'tolower($1) == "x-total-count" { print $2 }')
  [ "$total" = "$n" ] || { echo "seeded $n flows, the server reports $total" >&2; exit 1; }
  row "GET flow by id" $n "/rest/v1/flows/$((n / 2))" $port
  row "flows list, first page" $n "/rest/v1/flows?limit=50" $port
  row "flows list, deepest page" $n "/rest/v1/flows?limit=50&offset=$((n - 50))" $port
  [ $n = 100000 ] || stop_server
done

# Runs, on the 100k store: a flow copying 100 rows between two SQLite files.
sqlite3 "$tmp/source.db" "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer TEXT, amount REAL);
  WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
  INSERT INTO orders SELECT i, 'customer ' || i, i * 1.5 FROM n;"
sqlite3 "$tmp/target.db" "VACUUM"
connection() { # name file
  curl -sf -H "$auth" -H 'Content-Type: application/json' -X POST "$base/rest/v1/connections" \
    -d "{\"name\":\"$1\",\"connectionType\":\"connection.db.sqlite\",\"properties\":{\"field.connection.template.database\":\"$2\"}}" |
    json "d['id']"
}
src=$(connection "bench source" "$tmp/source.db")
dst=$(connection "bench target" "$tmp/target.db")
flow=$(curl -sf -H "$auth" -H 'Content-Type: application/json' -X POST "$base/rest/v1/flows" -d "{
  \"name\": \"Bench copy\", \"flowType\": \"flow.db.to.db\",
  \"transformations\": [{\"index\": 0, \"name\": \"orders\", \"sourceConnectionId\": $src,
    \"sourceObject\": \"orders\", \"destinationConnectionId\": $dst, \"destinationObject\": \"ORDERS\",
    \"properties\": {\"action\": \"merge\", \"lookupFields\": \"id\"}}]}" | json "d['id']")
runs_report=$(taskset -c 1 python3 - "$base" "$token" "$flow" "$runs" <<'PY'
import http.client, json, sys, threading, time
from urllib.parse import urlparse

base, token, flow, runs = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
host = urlparse(base)
headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

def call(conn, method, path, body=None):
    conn.request(method, path, body=body, headers=headers)
    r = conn.getresponse()
    data = r.read()
    if r.status != 200:
        sys.exit(f"{method} {path}: HTTP {r.status} {data[:200]!r}")
    return r, data

# Runs started per second: 8 clients POST the run, each answered at once with its audit id.
per_client = [runs // 8 + (1 if i < runs % 8 else 0) for i in range(8)]
audits, lock = [], threading.Lock()
def client(count):
    conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    for _ in range(count):
        _, data = call(conn, "POST", f"/rest/v1/flows/{flow}/run?parallel=true", b"{}")
        with lock:
            audits.append(json.loads(data)["auditId"])
start = time.monotonic()
threads = [threading.Thread(target=client, args=(c,)) for c in per_client]
for t in threads: t.start()
for t in threads: t.join()
started = time.monotonic() - start

# Every run to its end (bounded: 10 minutes): runs finished per second, start to end.
conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
for _ in range(12000):
    _, data = call(conn, "GET", f"/rest/v1/executions/{flow}/statuses")
    counts = json.loads(data)
    if counts.get("success", 0) + counts.get("error", 0) + counts.get("warning", 0) >= runs:
        break
    time.sleep(0.05)
else:
    sys.exit(f"runs did not finish: {counts}")
everything = time.monotonic() - start
if counts.get("success", 0) != runs:
    sys.exit(f"not every run succeeded: {counts}")

# End-to-end latency on an idle server: one run at a time, from the POST to the audit
# record's terminal status (polled every 2 ms; the job loop ticks every 100 ms).
latencies = []
for _ in range(50):
    begun = time.monotonic()
    _, data = call(conn, "POST", f"/rest/v1/flows/{flow}/run", b"{}")
    audit = json.loads(data)["auditId"]
    for _ in range(50000):
        _, data = call(conn, "GET", f"/rest/v1/executions/{flow}?auditId={audit}")
        record = json.loads(data)
        if record["status"] not in ("queued", "running"):
            break
        time.sleep(0.002)
    latencies.append((time.monotonic() - begun) * 1000)
    if record["status"] != "success" or record["recordsProcessed"] != 100:
        sys.exit(f"a run ended {record['status']} with {record['recordsProcessed']} records")
latencies.sort()
pick = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))]
print(f"{runs / started:.0f} {runs / everything:.1f} {pick(0.5):.0f} {pick(0.99):.0f}")
PY
)
read -r started_rps finished_rps run_p50 run_p99 <<<"$runs_report"
stop_server

printf "%-26s %8s %-40s %9s %8s %8s\n" case flows path "req/s" "p50 ms" "p99 ms"
rows+=("")
row "bare poem, fixed JSON" - /api/v1/records/1 $bare_port
printf "%s\n" "${rows[@]}"
awk -v a="${rps[GET flow by id-100000]}" -v b="${rps[GET flow by id-1000]}" -v r="${rps[bare poem, fixed JSON--]}" \
  'BEGIN { printf "GET flow by id / bare poem: %.1f%% at 1k, %.1f%% at 100k\n", 100 * b / r, 100 * a / r }'
for c in "flows list, first page" "flows list, deepest page"; do
  awk -v a="${p50s[$c-100000]}" -v b="${p50s[$c-1000]}" -v x="${p99s[$c-100000]}" -v y="${p99s[$c-1000]}" -v c="$c" \
    'BEGIN { printf "%s latency 100k / 1k: p50 %.2fx, p99 %.2fx\n", c, a / b, x / y }'
done
echo "runs ($runs by 8 clients, each copying 100 rows SQLite to SQLite): $started_rps started/s, $finished_rps finished/s (first POST to last end)"
echo "one run at a time, POST to success seen by polling (50 runs): p50 $run_p50 ms, p99 $run_p99 ms"
echo "($connections connections, ${duration}s per run, $(nproc) cores; server on core 0, load on core 1)"
