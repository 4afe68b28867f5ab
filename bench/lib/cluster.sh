# bench/postgres's pieces besides common.sh: a throwaway PostgreSQL cluster and an nginx round-robin in
# front of sandbox instances, both in temporary directories removed at the end. Sourced, not run.
# PostgreSQL runs on the servers' CPU, nginx on the load's (see bench/README.md for why).

PG_BIN=
PG_DIR=
PG_PORT=
PG_USER=bench
PG_PASSWORD=
LB_DIR=
LB_PID=

# Fails with the apt-get line when PostgreSQL's server binaries, nginx or runuser are missing; sets PG_BIN.
require_cluster_tools() {
  local missing=()
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] && [ -x "$PG_BIN/pg_ctl" ] || missing+=(postgresql)
  command -v nginx >/dev/null 2>&1 || missing+=(nginx)
  command -v runuser >/dev/null 2>&1 || missing+=(util-linux)
  if [ ${#missing[@]} -gt 0 ]; then
    fail "missing tools; install them with: apt-get install -y ${missing[*]}"
  fi
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || fail "running as root, PostgreSQL runs as the postgres user: there is none (apt-get install -y postgresql makes it)"
  fi
}

# A command as the user PostgreSQL runs as: postgres when we are root (it refuses root), else ourselves.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# The first free port from $1 upwards.
free_port_from() {
  local port=$1
  until port_free "$port"; do port=$(( port + 1 )); done
  echo "$port"
}

# initdb and start a cluster in a new temporary directory, on CPU $SERVER_CPU, listening on 127.0.0.1 at
# the first free port from $1, with PostgreSQL's default (durable) settings plus EXTRA "-c name=value"
# arguments; creates the login role $PG_USER. Sets PG_DIR, PG_PORT, PG_PASSWORD.
pg_start() {
  local from=$1
  shift
  PG_DIR=$(mktemp -d /tmp/partner-carts-bench-pg.XXXXXX)
  PG_PASSWORD=bench-$RANDOM$RANDOM
  [ "$(id -u)" -ne 0 ] || chown postgres: "$PG_DIR"
  # Local (socket) logins are trusted: the socket lives in PG_DIR, which only its owner can enter.
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    --encoding=UTF8 --no-locale >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log" >&2; fail "initdb failed"; }
  PG_PORT=$(free_port_from "$from")
  as_pg taskset -c "$SERVER_CPU" "$PG_BIN/pg_ctl" start -w -t 60 -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_DIR $*" >/dev/null \
    || { tail -20 "$PG_DIR/postgres.log" >&2; fail "PostgreSQL did not start (log above)"; }
  pg_sql postgres "CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD'"
}

# Runs SQL in database DB as the superuser, over the socket; prints the rows, unaligned.
pg_sql() {
  as_pg env PGOPTIONS='-c client_min_messages=warning' "$PG_BIN/psql" -X -q -A -t -v ON_ERROR_STOP=1 -h "$PG_DIR" -p "$PG_PORT" -U postgres -d "$1" -c "$2" \
    || fail "SQL failed in $1: $2"
}

# A new, empty database NAME owned by $PG_USER (dropped first if it exists).
pg_fresh_database() {
  pg_sql postgres "DROP DATABASE IF EXISTS \"$1\" WITH (FORCE)" >/dev/null
  pg_sql postgres "CREATE DATABASE \"$1\" OWNER $PG_USER" >/dev/null
}

# The cluster's processes: the postmaster and its children (checkpointer, WAL writer, one backend per
# connection).
pg_pids() {
  local postmaster
  postmaster=$(head -1 "$PG_DIR/data/postmaster.pid")
  echo "$postmaster" $(pgrep -P "$postmaster")
}

pg_url() {
  echo "jdbc:postgresql://127.0.0.1:$PG_PORT/$1"
}

# The server settings that decide durability, e.g. "fsync=on synchronous_commit=on full_page_writes=on".
pg_durability() {
  pg_sql postgres "SELECT string_agg(name || '=' || setting, ' ' ORDER BY name) FROM pg_settings
                   WHERE name IN ('fsync', 'synchronous_commit', 'full_page_writes', 'wal_sync_method')"
}

# Sets (durable=no) or resets (durable=yes) fsync, synchronous_commit and full_page_writes, and reloads:
# all three take effect without a restart, also in the sandbox's open connections.
pg_durable() {
  local setting
  for setting in fsync synchronous_commit full_page_writes; do
    if [ "$1" = yes ]; then
      pg_sql postgres "ALTER SYSTEM RESET $setting" >/dev/null
    else
      pg_sql postgres "ALTER SYSTEM SET $setting = off" >/dev/null
    fi
  done
  pg_sql postgres "SELECT pg_reload_conf()" >/dev/null
  sleep 0.5
}

pg_stop() {
  if [ -n "$PG_DIR" ]; then
    as_pg "$PG_BIN/pg_ctl" stop -D "$PG_DIR/data" -m fast -w >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=
  fi
}

# Starts nginx on CPU $LOAD_CPU, listening on 127.0.0.1:PORT, round-robin over the sandbox instances at
# the ports that follow (docs/postgresql-cluster.md's configuration, without an access log); waits until
# it answers. Sets LB_PID.
lb_start() {
  local port=$1 upstream
  shift
  port_free "$port" || fail "port $port is taken: something else listens there (BENCH_PORT=N moves the bench's ports)"
  LB_DIR=$(mktemp -d /tmp/partner-carts-bench-lb.XXXXXX)
  mkdir -p "$LB_DIR/logs"
  for upstream in "$@"; do
    echo "    server 127.0.0.1:$upstream;"
  done >"$LB_DIR/upstreams"
  cat >"$LB_DIR/nginx.conf" <<EOF
worker_processes 1;
pid $LB_DIR/nginx.pid;
error_log $LB_DIR/logs/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  upstream partner_carts {
$(cat "$LB_DIR/upstreams")
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$port;
    client_max_body_size 0;
    large_client_header_buffers 8 64k;
    underscores_in_headers on;
    location / {
      proxy_pass http://partner_carts;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$http_host;
      proxy_read_timeout 120s;
    }
  }
}
EOF
  taskset -c "$LOAD_CPU" nginx -c "$LB_DIR/nginx.conf" -p "$LB_DIR/" -g 'daemon off;' >"$LB_DIR/logs/stdout.log" 2>&1 &
  LB_PID=$!
  local tries=0
  until ! port_free "$port"; do
    kill -0 "$LB_PID" 2>/dev/null || { cat "$LB_DIR/logs/"*.log >&2; fail "nginx did not start (log above)"; }
    [ $(( tries += 1 )) -lt 500 ] || fail "nginx did not listen on $port within 5 s"
    sleep 0.01
  done
}

lb_stop() {
  if [ -n "$LB_PID" ]; then
    kill "$LB_PID" 2>/dev/null || true
    wait "$LB_PID" 2>/dev/null || true
    LB_PID=
  fi
  [ -z "$LB_DIR" ] || rm -rf "$LB_DIR"
  LB_DIR=
}
