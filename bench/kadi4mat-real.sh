#!/usr/bin/env bash
# Kadi4Mat real mode (`understudy serve`, SQLite) under load, next to a bare poem handler
# answering fixed JSON (examples/bare_poem.rs) on the same machine: wrk with fixed
# connections and duration on loopback, the server pinned to core 0 and wrk to core 1.
# For N = 1000 and 100000 records (seeded straight into the SQLite file in one
# transaction, every 10th record tagged `steel`): GET a record by id, the records search
# with a tag on page 1 and on a deep page. Then a 60 MB chunked upload (6 chunks of 10 MB,
# finish, poll the task until success), timed end to end. For comparison, `understudy mock`
# on the same two paths (it replays a read asked again before any write).
#
# Usage: bench/kadi4mat-real.sh [SECONDS] [CONNECTIONS]   (defaults: 10 s, 32)
# Needs: wrk, taskset (util-linux), sqlite3, curl.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10}
connections=${2:-32}
token=pat_bench_token
auth="Authorization: Bearer $token"
port=18201
bare_port=18202
mock_port=18203

# shellcheck source=bench/lib/wrk.sh
. bench/lib/wrk.sh
need wrk taskset sqlite3 curl
cargo build --release --quiet --examples --bins

pids=()
# shellcheck source=bench/lib/serve.sh
. bench/lib/serve.sh

# Seeds records 1..N (the admin, user 1, creates and administers each), every 10th
# tagged `steel`, in one transaction.
seed() { # db n
  local now
  now=$(($(date +%s) * 1000))
  sqlite3 "$1" <<SQL
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
INSERT INTO kd_records (id, identifier, title, description, visibility, state, creator_id,
                        created_at, last_modified, type, license, extras)
SELECT i, 'bench-record-' || i, 'Bench record ' || i, 'A record seeded for the benchmark.',
       'private', 'active', 1, $now + i, $now + i, NULL, NULL, '[]' FROM n;
WITH RECURSIVE n(i) AS (SELECT 10 UNION ALL SELECT i + 10 FROM n WHERE i + 10 <= $2)
INSERT INTO kd_record_tags (record_id, tag) SELECT i, 'steel' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $2)
INSERT INTO kd_roles (resource_type, resource_id, subject_type, subject_id, role, created_at)
SELECT 'record', i, 'user', 1, 'admin', $now + i FROM n;
COMMIT;
SQL
}


taskset -c 0 ./target/release/examples/bare_poem $bare_port >/dev/null 2>&1 &
pids+=($!)
RUST_LOG=warn taskset -c 0 ./target/release/understudy mock --port $mock_port --seed 42 >/dev/null 2>&1 &
pids+=($!)
wait_for $bare_port /api/v1/records/1
wait_for $mock_port /api/v1/records/1

declare -A rps p50s p99s
rows=()
row() { # label n path port
  local r p50 p99 bad
  read -r r p50 p99 bad < <(load "$4" "$3")
  [ "$bad" = 0 ] || echo "warning: $bad non-2xx answers on $3" >&2
  rps[$1-$2]=$r; p50s[$1-$2]=$p50; p99s[$1-$2]=$p99
  rows+=("$(printf "%-26s %8s %-34s %9s %8s %8s" "$1" "$2" "$3" "$r" "$p50" "$p99")")
}

for n in 1000 100000; do
  data=$tmp/data-$n
  mkdir -p "$data"
  start_server "$data" "/api/v1/records?per_page=1"          # first start: migrations and the admin
  stop_server
  seed "$data/understudy.db" $n
  start_server "$data" "/api/v1/records?per_page=1"
  total=$(curl -s -H "$auth" "http://127.0.0.1:$port/api/v1/records?per_page=1" | json "d['_pagination']['total_items']")
  [ "$total" = "$n" ] || { echo "seeded $n records, the server reports $total" >&2; exit 1; }
  pages=$(curl -s -H "$auth" "http://127.0.0.1:$port/api/v1/records?tag=steel" | json "d['_pagination']['total_pages']")
  deep=$((pages < 90 ? pages : 90))
  echo "N=$n: total_items=$total; tag=steel: $pages pages, deep page $deep" >&2
  row "GET by id" $n "/api/v1/records/$((n / 2))" $port
  row "search tag, page 1" $n "/api/v1/records?tag=steel" $port
  row "search tag, deep page" $n "/api/v1/records?tag=steel&page=$deep" $port
  [ $n = 100000 ] || stop_server
done

# The 60 MB chunked upload, on the 100k store.
base=http://127.0.0.1:$port
chunk=10000000
head -c $chunk /dev/urandom >"$tmp/chunk"
start=$(date +%s.%N)
rec=$(curl -sf -H "$auth" -H 'Content-Type: application/json' -X POST "$base/api/v1/records" \
  -d '{"identifier":"bench-upload","title":"Bench upload"}' | json "d['id']")
up=$(curl -sf -H "$auth" -H 'Content-Type: application/json' -X POST "$base/api/v1/records/$rec/uploads" \
  -d "{\"name\":\"big.bin\",\"size\":$((6 * chunk))}")
data_url=$(echo "$up" | json "d['_actions']['upload_data']")
finish_url=$(echo "$up" | json "d['_actions']['finish']")
self_url=$(echo "$up" | json "d['_links']['self']")
chunks=$(echo "$up" | json "d['chunk_count']")
[ "$chunks" = 6 ] || { echo "expected 6 chunks, got $chunks" >&2; exit 1; }
for i in 0 1 2 3 4 5; do
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" -X PUT "$data_url" \
    -H 'Content-Type: application/octet-stream' -H "Kadi-Chunk-Index: $i" -H "Kadi-Chunk-Size: $chunk" \
    --data-binary @"$tmp/chunk")
  case $code in 2??) ;; *) echo "chunk $i: HTTP $code" >&2; exit 1;; esac
done
code=$(curl -s -o /dev/null -w '%{http_code}' -H "$auth" -X POST "$finish_url")
[ "$code" = 202 ] || { echo "finish: HTTP $code" >&2; exit 1; }
state=""
for _ in $(seq 1 600); do
  state=$(curl -s -H "$auth" "$self_url" | json "(d.get('_meta') or {}).get('task', {}).get('state')")
  [ "$state" = success ] && break
  sleep 0.05
done
[ "$state" = success ] || { echo "upload task did not succeed: $state" >&2; exit 1; }
end=$(date +%s.%N)
stop_server

printf "%-26s %8s %-34s %9s %8s %8s\n" case records path "req/s" "p50 ms" "p99 ms"
rows+=("")
row "mock GET by id" mock /api/v1/records/1 $mock_port
row "mock search tag, page 1" mock "/api/v1/records?tag=steel" $mock_port
row "bare poem, fixed JSON" - /api/v1/records/1 $bare_port
printf "%s\n" "${rows[@]}"
awk -v a="${rps[GET by id-100000]}" -v b="${rps[GET by id-1000]}" -v r="${rps[bare poem, fixed JSON--]}" \
  'BEGIN { printf "GET by id / bare poem: %.1f%% at 1k, %.1f%% at 100k (aim: >= 25%%)\n", 100 * b / r, 100 * a / r }'
for c in "search tag, page 1" "search tag, deep page"; do
  awk -v a="${p50s[$c-100000]}" -v b="${p50s[$c-1000]}" -v x="${p99s[$c-100000]}" -v y="${p99s[$c-1000]}" -v c="$c" \
    'BEGIN { printf "%s latency 100k / 1k: p50 %.2fx, p99 %.2fx (aim: <= 2x)\n", c, a / b, x / y }'
done
awk -v s="$start" -v e="$end" -v b=$((6 * chunk)) \
  'BEGIN { printf "60 MB chunked upload (6 x 10 MB, finish, task success): %.2f s, %.1f MB/s\n", e - s, b / 1e6 / (e - s) }'
echo "($connections connections, ${duration}s per run, $(nproc) cores; server on core 0, wrk on core 1)"
