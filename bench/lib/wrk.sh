# Sourced by the HTTP benchmarks (bench/*.sh): waiting for a server on loopback and one
# wrk run on core 1 read into figures. The caller sets `auth` (a header), `connections`
# and `duration` (seconds).

# Returns once `path` on `port` answers (any status), or exits after 20 s.
wait_for() { # port path
  for _ in $(seq 1 100); do
    curl -s -o /dev/null -H "$auth" "http://127.0.0.1:$1$2" && return 0
    sleep 0.2
  done
  echo "server on port $1 did not come up" >&2
  exit 1
}

# Prints "rps p50_ms p99_ms non2xx" for one wrk run (optionally with a Lua script).
load() { # port path [lua]
  local extra=()
  [ -n "${3:-}" ] && extra=(-s "$3")
  taskset -c 1 wrk -t1 -c"$connections" -d"${duration}s" --latency -H "$auth" "${extra[@]}" "http://127.0.0.1:$1$2" |
    awk '
      function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
      /^ +50%/ { p50 = ms($2) }
      /^ +99%/ { p99 = ms($2) }
      /^Requests\/sec/ { rps = $2 }
      /Non-2xx/ { non2xx = $NF }
      END { printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (non2xx == "" ? 0 : non2xx) }'
}

# Exits unless every named command is on PATH.
need() { # command...
  for tool in "$@"; do
    command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 1; }
  done
}
