# Sourced by the scripts that drive a client against `understudy serve` (kadi-apy.sh,
# kywy.sh, schemathesis.sh): a venv pinned by a requirements file, and a debug-build
# server on loopback that is always stopped, whatever the client does.

# Makes the venv at $1 hold exactly the requirements file $2 (recreated when it changes).
pinned_venv() {
  if ! cmp -s "$2" "$1/.requirements" 2>/dev/null; then
    rm -rf "$1"
    python3 -m venv "$1"
    "$1/bin/pip" install --quiet -r "$2"
    cp "$2" "$1/.requirements"
  fi
}

# Folders removed on exit (serve adds its data dir; callers may add theirs).
CLEANUP=()

# Starts `understudy serve` on port $1 with a fresh data dir ($DATA; further arguments
# go to `serve`), stops it and removes $CLEANUP on exit, and waits until /health answers.
# The server's log is $DATA/server.log. $UNDERSTUDY_BIN, when set, is the command that
# runs the server (a release build, under taskset); otherwise a debug build is made.
serve() {
  local port=$1
  shift
  local bin=${UNDERSTUDY_BIN:-}
  if [ -z "$bin" ]; then
    cargo build --quiet --bin understudy
    bin=./target/debug/understudy
  fi
  DATA=$(mktemp -d)
  CLEANUP+=("$DATA")
  # $bin may be a command with arguments (taskset -c 0 …): split on purpose.
  # shellcheck disable=SC2086
  $bin serve --port "$port" --data-dir "$DATA" "$@" >"$DATA/server.log" 2>&1 &
  SERVER=$!
  trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true; rm -rf "${CLEANUP[@]}"' EXIT
  for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$port/health" >/dev/null && return 0
    sleep 0.1
  done
  echo "understudy did not answer on port $port; its log:" >&2
  tail -40 "$DATA/server.log" >&2
  return 1
}
