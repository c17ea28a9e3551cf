# Shared by the bench scripts (sourced, not run): a fresh PostgreSQL database and the run command's server
# (webapp/target/liberty/wlp, server "coopmarket", port 9080) started on it, and small helpers. A script sets
# nothing first; it calls bench_setup, then start_server; on exit bench_cleanup stops the server, drops the database
# and removes $work (plus anything the script adds to cleanup_extra).
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
wlp=webapp/target/liberty/wlp
port=9080
db="coopmarket_bench_$$"
work=$(mktemp -d)
cleanup_extra=()
problems=0

sql() { psql -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }
now() { date +%s.%N; }
elapsed() { python3 -c "print(f'{$2 - $1:.1f}')"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

# Counts a check that does not hold (in $problems) and prints each: what, found, expected.
check() {
    if [ "$2" = "$3" ]; then
        echo "  ok    $1: $2"
    else
        echo "  WRONG $1: $2, expected $3"
        problems=$((problems + 1))
    fi
}

bench_cleanup() {
    local pid
    for pid in "${cleanup_extra[@]}"; do
        kill "$pid" 2> /dev/null || true
    done
    "$wlp/bin/server" stop coopmarket > /dev/null 2>&1 || true
    dropdb --if-exists --force "$db" || true
    rm -rf "$work"
}

# Refuses to start if something holds the port; builds unless SKIP_BUILD=1; makes the database.
bench_setup() {
    if curl -s -o /dev/null "http://localhost:$port/" 2>/dev/null; then
        echo "Something already answers on port $port: stop it first (e.g. $wlp/bin/server stop coopmarket)." >&2
        exit 1
    fi
    if [ "${SKIP_BUILD:-}" != 1 ]; then
        ./mvnw -B -q install -DskipTests
        ./mvnw -B -q -pl webapp liberty:create liberty:deploy > /dev/null
    fi
    createdb "$db"
    trap bench_cleanup EXIT
}

# Starts the server on the database (with the demo co-op's sign-ins) and waits until it is ready. Any
# NAME=value arguments are set in its environment too.
start_server() {
    env DB_KIND=postgresql DB_HOST="$PGHOST" DB_PORT="$PGPORT" DB_NAME="$db" DB_USER="$PGUSER" DB_PASSWORD= \
        DEMO_DATA=true "$@" "$wlp/bin/server" start coopmarket > /dev/null
    for _ in $(seq 1 600); do
        curl -sf "http://localhost:$port/health/ready" > /dev/null 2>&1 && break
        sleep 0.2
    done
    curl -sf "http://localhost:$port/health/ready" > /dev/null || { echo "the server did not get ready" >&2; exit 1; }
}

# kill -9 of the server, as a crash would.
kill_server() {
    kill -9 "$(cat "$wlp/usr/servers/.pid/coopmarket.pid")"
}

# The machine, database and JIT settings, for the figures' context.
describe_machine() {
    local jit
    jit=$({ grep -v '^#' "$wlp/usr/servers/coopmarket/jvm.options" 2>/dev/null || true; } | tr '\n' ' ')
    echo "machine: $(nproc) cores ($(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)),"\
" $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1);"\
" PostgreSQL $(sql -c 'SHOW server_version') (autovacuum $(sql -c 'SHOW autovacuum'));"\
" server jvm.options: ${jit:-none}"
}
