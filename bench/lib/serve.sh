# Sourced by the real-mode benchmarks (bench/*-real.sh): a temporary directory and the
# processes to stop on exit, one release `understudy serve` at a time on core 0, and a
# JSON reader. The caller sets `port`, `token` (the bootstrap admin's API key) and
# `pids` (other processes to stop).

server_pid=""
tmp=$(mktemp -d)
cleanup() {
  for p in "${pids[@]}" $server_pid; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# Starts the server on `data dir` and returns once `ready path` answers.
start_server() { # data-dir ready-path
  UNDERSTUDY_ADMIN_EMAIL=admin@example.org UNDERSTUDY_ADMIN_PASSWORD=bench-password-123 \
    UNDERSTUDY_ADMIN_TOKEN=$token RUST_LOG=warn \
    taskset -c 0 ./target/release/understudy serve --port "$port" --data-dir "$1" >>"$tmp/server.log" 2>&1 &
  server_pid=$!
  wait_for "$port" "$2"
}

stop_server() {
  kill "$server_pid" 2>/dev/null || true
  wait "$server_pid" 2>/dev/null || true
  server_pid=""
}

json() { # expression, reads JSON on stdin
  python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"
}
