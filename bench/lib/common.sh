# Shared by bench/run, bench/soak and bench/postgres: tools, build, servers, load and the measures taken
# of them. Sourced, not run. Every server runs on CPU 0; curl, wrk and the open-loop generator on CPU 1.

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ROOT_DIR=$(dirname "$BENCH_DIR")
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
PORT=${BENCH_PORT:-18480}
# A customer of the sandbox's built-in fixtures (Contoso, USD).
CUSTOMER=28045616-f6b9-462f-9701-0d89b5e65c44
CARTS_PATH=/v1/customers/$CUSTOMER/carts
RECORDS_PATH=/records
SEED_CART=$BENCH_DIR/seed-cart.json
CONTROL_RECORD=$BENCH_DIR/control-record.json
SCENARIO_LUA=$BENCH_DIR/wrk/scenario.lua
CONNECTIONS=16

# Extra JVM options (before -jar), sandbox flags (after the jar) and environment (NAME=value) for the
# next start_server.
JVM_OPTIONS=()
SANDBOX_FLAGS=()
SERVER_ENV=()
# The last server started, and every server running.
SERVER_PID=
SERVER_PIDS=()

fail() {
  echo "bench: $*" >&2
  exit 1
}

require_tools() {
  local missing=()
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v taskset >/dev/null 2>&1 || missing+=(util-linux)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    fail "missing tools; install them with: apt-get install -y ${missing[*]}"
  fi
  command -v jcmd >/dev/null 2>&1 && command -v jstat >/dev/null 2>&1 \
    || fail "jcmd and jstat come with a JDK (Debian: openjdk-17-jdk-headless); put its bin/ on PATH"
  [ "$(nproc)" -ge 2 ] || fail "needs 2 CPUs: the server on CPU $SERVER_CPU, the load on CPU $LOAD_CPU"
}

# Builds the sandbox's runnable jar as the README does, and the bench module; sets SANDBOX_JAR, BENCH_JAR.
build_jars() {
  if [ "${SKIP_BUILD:-}" != 1 ]; then
    local log=$BENCH_DIR/target/build.log
    mkdir -p "$BENCH_DIR/target"
    echo "building the sandbox and the bench module (log: $log) ..."
    { (cd "$ROOT_DIR" && mvn -B -q -Pquick -pl server-stub -am package) \
        && mvn -B -q -f "$BENCH_DIR/pom.xml" package; } >"$log" 2>&1 \
      || { tail -30 "$log" >&2; fail "the build failed (see $log)"; }
  fi
  SANDBOX_JAR=$(ls "$ROOT_DIR"/server-stub/target/partner-carts-server-stub-*-all.jar 2>/dev/null | head -1)
  BENCH_JAR=$(ls "$BENCH_DIR"/target/partner-carts-bench-*-all.jar 2>/dev/null | head -1)
  [ -n "$SANDBOX_JAR" ] && [ -n "$BENCH_JAR" ] || fail "jars not built (run without --no-build)"
}

on_load_cpu() {
  taskset -c "$LOAD_CPU" "$@"
}

# The create request of a server kind: its path and body.
create_path() { if [ "$1" = sandbox ]; then echo "$CARTS_PATH"; else echo "$RECORDS_PATH"; fi; }
create_body() { if [ "$1" = sandbox ]; then echo "$SEED_CART"; else echo "$CONTROL_RECORD"; fi; }

# POSTs PATH (with BODY_FILE, if given); prints the answer body, then its status on a line of its own.
post() {
  local path=$1 body=${2:-}
  on_load_cpu curl -s --max-time 10 -w '\n%{http_code}\n' -X POST "http://127.0.0.1:$PORT$path" \
    -H 'Authorization: Bearer bench' -H 'Content-Type: application/json' ${body:+--data-binary "@$body"} || true
}

status_of_create() {
  post "$(create_path "$1")" "$(create_body "$1")" | tail -1
}

# POSTs and insists on 201; prints the id that the answer starts with (a cart's or a record's).
post_created() {
  local out
  out=$(post "$@")
  [ "$(tail -1 <<<"$out")" = 201 ] || fail "POST $1 answered $(tail -1 <<<"$out"), not 201"
  head -1 <<<"$out" | sed -n 's/^{"id":"\([^"]*\)".*/\1/p'
}

# True when nothing listens on 127.0.0.1:PORT.
port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Starts a server (sandbox or control) on CPU 0 at $PORT, its output to LOG, and waits for its first 201
# to a create, polling every 10 ms; sets SERVER_PID (and adds it to SERVER_PIDS), SERVER_STARTED_NS and
# STARTUP_MS (from spawn to that 201).
start_server() {
  local kind=$1 log=$2 started now
  port_free "$PORT" || fail "port $PORT is taken: something else listens there (BENCH_PORT=N moves the bench's ports)"
  started=$(date +%s%N)
  SERVER_STARTED_NS=$started
  if [ "$kind" = sandbox ]; then
    env "${SERVER_ENV[@]}" taskset -c "$SERVER_CPU" java "${JVM_OPTIONS[@]}" -jar "$SANDBOX_JAR" --port "$PORT" \
      "${SANDBOX_FLAGS[@]}" >"$log" 2>&1 &
  else
    env "${SERVER_ENV[@]}" taskset -c "$SERVER_CPU" java "${JVM_OPTIONS[@]}" -jar "$BENCH_JAR" --port "$PORT" >"$log" 2>&1 &
  fi
  SERVER_PID=$!
  SERVER_PIDS+=("$SERVER_PID")
  until [ "$(status_of_create "$kind")" = 201 ]; do
    now=$(date +%s%N)
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -5 "$log" >&2; fail "$kind exited during start-up"; }
    [ $(( (now - started) / 1000000000 )) -lt 60 ] || { stop_server; fail "$kind did not answer 201 within 60 s"; }
    sleep 0.01
  done
  now=$(date +%s%N)
  STARTUP_MS=$(( (now - started) / 1000000 ))
}

# Stops every server start_server started.
stop_server() {
  local pid
  for pid in "${SERVER_PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${SERVER_PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  SERVER_PIDS=()
  SERVER_PID=
}

# Closed loop: wrk -t1 -c16 for SECONDS; prints wrk's "CLOSED key=value ..." line.
closed_loop() {
  local seconds=$1 mode=$2 path=$3 body=${4:-} line
  line=$(on_load_cpu wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s -s "$SCENARIO_LUA" \
    "http://127.0.0.1:$PORT" -- "$mode" "$path" $body | grep '^CLOSED ' || true)
  [ -n "$line" ] || fail "wrk printed no result for $mode $path"
  echo "$line"
}

# Open loop at RATE requests/s for SECONDS (after the generator's own 2 s warm-up); prints "OPEN ...".
open_loop() {
  local seconds=$1 rate=$2 mode=$3 path=$4 body=${5:-}
  shift $(( $# < 5 ? $# : 5 ))
  on_load_cpu java -Xms64m -Xmx256m -XX:+UseSerialGC -cp "$BENCH_JAR" io.partnercarts.bench.load.OpenLoopLoad \
    --port "$PORT" --rate "$rate" --duration "$seconds" --connections "$CONNECTIONS" \
    --scenario "$mode" --path "$path" ${body:+--body "$body"} "$@"
}

# The value of KEY in a "WORD key=value ..." line.
field() {
  sed -n "s/.* $2=\([^ ]*\).*/\1/p" <<<"$1"
}

# Non-zero when a CLOSED or OPEN line counts an unexpected status, a socket error, a timeout or an unsent request.
problems_in() {
  local line=$1 total=0 key value
  for key in unexpected socket_errors timeouts errors unsent; do
    value=$(field "$line" "$key")
    total=$(( total + ${value:-0} ))
  done
  echo "$total"
}

# The long results table of bench/run and bench/postgres (round, server, scenario, metric, value), in $TSV.
row() {
  printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$TSV"
}

# One row per key=value of a CLOSED or OPEN line, the metric prefixed with the loop.
rows_of() {
  local round=$1 server=$2 scenario=$3 loop=$4 line=$5 pair
  for pair in ${line#* }; do
    row "$round" "$server" "$scenario" "${loop}_${pair%%=*}" "${pair#*=}"
  done
}

# Sets INVALID=1 and says so when a CLOSED or OPEN line counts a problem (see problems_in).
check() {
  local what=$1 line=$2
  if [ "$(problems_in "$line")" -gt 0 ]; then
    echo "!!! INVALID: $what: $line" >&2
    INVALID=1
  fi
}

# Microseconds as milliseconds, one decimal.
ms() {
  awk -v us="$1" 'BEGIN {printf "%.1f", us / 1000}'
}

rss_kb() {
  awk '/^VmRSS:/ {print $2}' "/proc/$1/status"
}

# Forces a full GC, then prints the heap in use (KB: survivors, eden, old) as jstat reads it.
heap_after_gc_kb() {
  on_load_cpu jcmd "$1" GC.run >/dev/null
  on_load_cpu jstat -gc "$1" | awk 'NR == 1 {for (i = 1; i <= NF; i++) col[$i] = i}
    NR == 2 {printf "%d\n", $col["S0U"] + $col["S1U"] + $col["EU"] + $col["OU"]}'
}

garbage_collector() {
  on_load_cpu jcmd "$1" VM.flags | grep -o 'Use[A-Za-z0-9]*GC' | head -1
}

# The /proc/stat lines of the server's and the load's CPUs, for cpu_busy.
cpu_ticks() {
  grep -E "^cpu($SERVER_CPU|$LOAD_CPU) " /proc/stat
}

# How busy each of those CPUs was between two cpu_ticks, in percent: "0=97 1=45".
cpu_busy() {
  paste <(echo "$1") <(echo "$2") | awk '{
      n = NF / 2; total = 0
      for (i = 2; i <= n; i++) total += $(i + n) - $i
      idle = (($(5 + n) + $(6 + n)) - ($5 + $6)) / total
      printf "%s%s=%.0f", (NR > 1 ? " " : ""), substr($1, 4), 100 * (1 - idle)
    }
    END { print "" }'
}

# The CPU time the processes PIDS have used so far (user and system), in milliseconds; 0 for those gone.
cpu_ms_of() {
  local pid
  for pid in "$@"; do
    cat "/proc/$pid/stat" 2>/dev/null || true
  done | awk -v hz="$(getconf CLK_TCK)" '{sub(/^.*\) /, ""); ticks += $12 + $13} END {printf "%d\n", ticks * 1000 / hz}'
}

# How idle the server's and the load's CPUs were over one second, e.g. "CPU 0 97% idle, CPU 1 99% idle",
# marked BUSY when either was under 90% idle: others' work then skews the numbers.
cpu_idle() {
  local before
  before=$(cpu_ticks)
  sleep 1
  cpu_busy "$before" "$(cpu_ticks)" | tr ' ' '\n' | awk -F= '{
      printf "%sCPU %s %.0f%% idle", (NR > 1 ? ", " : ""), $1, 100 - $2
      if (100 - $2 < 90) busy = 1
    }
    END { if (busy) print " (BUSY: other work skews the numbers)"; else print "" }'
}

# Describes the run: date, commit, machine and tools, as "# key: value" lines for a results file.
describe_run() {
  local commit dirty
  commit=$(git -C "$ROOT_DIR" rev-parse --short HEAD)
  dirty=$(git -C "$ROOT_DIR" status --porcelain --untracked-files=no -- . ':(exclude)bench/results' \
    | grep -q . && echo "dirty" || echo "clean")
  echo "# date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "# commit: $commit ($dirty tree)"
  echo "# cpus: $(nproc)"
  echo "# cpu: $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "# java: $(java -version 2>&1 | head -2 | tr '\n' ' ' | sed 's/ *$//')"
  echo "# wrk: $(wrk --version 2>&1 | head -1 | sed 's/ Copyright.*//')"
}
