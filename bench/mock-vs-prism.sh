#!/usr/bin/env bash
# Throughput and latency of `understudy mock` against Stoplight Prism (`prism mock`) on
# the same spec, the same requests and the same load: wrk with fixed connections and
# duration on loopback, the server pinned to core 0 and wrk to core 1. Cases: a list GET,
# an item GET, both again with a distinct query string per request (never replayed), and
# a POST that creates a new flow each time.
#
# Usage: bench/mock-vs-prism.sh [SECONDS] [CONNECTIONS]   (defaults: 10 s, 32)
# Needs: wrk (apt-get install wrk), taskset (util-linux), node/npm (Prism is installed
# into bench/node_modules from the pinned package.json).
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-10}
connections=${2:-32}
spec=openapi/etlworks/v1.yaml
auth="Authorization: Bearer bench-token"
list=/rest/v1/flows
item=/rest/v1/flows/1
create=/rest/v1/flows
body='{"name":"Nightly orders export","flowType":"file-to-file","description":"bench"}'
mock_port=18091
prism_port=18092

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
command -v taskset >/dev/null || { echo "taskset is missing (util-linux)" >&2; exit 1; }
[ -x bench/node_modules/.bin/prism ] || (cd bench && npm ci --no-audit --no-fund --loglevel=error)
cargo build --release --quiet

pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -f "${post_script:-}" "${fresh_script:-}"
}
trap cleanup EXIT

# shellcheck source=bench/lib/wrk.sh
. bench/lib/wrk.sh

post_script=$(mktemp --suffix=.lua)
# Each POST names a new flow, so the mock creates instead of answering a conflict.
cat > "$post_script" <<LUA
local n = 0
request = function()
  n = n + 1
  local body = string.gsub('$body', '"name":"([^"]*)"', '"name":"%1 ' .. n .. '"')
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Authorization"] = "Bearer bench-token"}, body)
end
LUA

fresh_script=$(mktemp --suffix=.lua)
# A distinct query string per request: the mock replays a read asked again before any
# write, so these cases measure answers generated, typed and serialized every time.
cat > "$fresh_script" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path .. "?fresh=" .. n)
end
LUA

RUST_LOG=warn taskset -c 0 ./target/release/understudy mock --port $mock_port --seed 42 >/dev/null 2>&1 &
pids+=($!)
taskset -c 0 bench/node_modules/.bin/prism mock "$spec" -p $prism_port --errors=false >/dev/null 2>&1 &
pids+=($!)
wait_for $mock_port $list
wait_for $prism_port $list

printf "%-10s %-10s %12s %9s %9s %8s\n" case server "req/s" "p50 ms" "p99 ms" non2xx
declare -A rps
for case in list item list-fresh item-fresh post; do
  case $case in
    list) path=$list; lua="";;
    item) path=$item; lua="";;
    list-fresh) path=$list; lua=$fresh_script;;
    item-fresh) path=$item; lua=$fresh_script;;
    post) path=$create; lua=$post_script;;
  esac
  for server in understudy prism; do
    port=$([ $server = understudy ] && echo $mock_port || echo $prism_port)
    read -r r p50 p99 bad < <(load "$port" "$path" "$lua")
    rps[$case-$server]=$r
    printf "%-10s %-10s %12s %9s %9s %8s\n" "$case" "$server" "$r" "$p50" "$p99" "$bad"
  done
  awk -v a="${rps[$case-understudy]}" -v b="${rps[$case-prism]}" -v c="$case" \
    'BEGIN { printf "%-10s ratio      %11.1fx\n", c, (b > 0 ? a / b : 0) }'
done
echo "($connections connections, ${duration}s per run, $(nproc) cores; server on core 0, wrk on core 1)"
