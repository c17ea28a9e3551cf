# Shared by the bench scripts (sourced, not run): a fresh database and the run command's server
# (webapp/target/liberty/wlp, server "coopmarket") started on it, and small helpers. A script sets nothing first;
# it calls bench_setup (PostgreSQL, or "bench_setup h2" for the embedded database), then start_server; on exit
# bench_cleanup stops the server, drops the database and removes $work (plus anything the script adds to
# cleanup_extra). The server listens on port 9080, or on BENCH_PORT if set (so a bench can run beside another
# server on the same machine).
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
wlp=webapp/target/liberty/wlp
server_dir="$wlp/usr/servers/coopmarket"
port=${BENCH_PORT:-9080}
db_kind=postgresql
db="coopmarket_bench_$$"
work=$(mktemp -d)
created_port=
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
    restore_loose_app
    [ -n "$created_port" ] && sed -i "s/^http\.port=.*/http.port=$created_port/" "$server_dir/bootstrap.properties"
    if [ "$db_kind" = h2 ]; then
        remove_h2_database
    else
        dropdb --if-exists --force "$db" || true
    fi
    rm -rf "$work"
}

# The embedded database is the server's own file (datasource-h2.xml): removing it gives the next start a new one.
remove_h2_database() {
    rm -f "$server_dir"/data/coopmarket.*.db
}

# liberty:deploy deploys the app "loose", reading core and the plugins from ~/.m2, where any other clone on the
# machine may have installed its own since: the server runs this clone's own packaged war instead.
deploy_built_war() {
    [ -f webapp/target/coopmarket.war ] || fail "no webapp/target/coopmarket.war: build without SKIP_BUILD=1"
    if [ -f "$server_dir/dropins/coopmarket.war.xml" ]; then
        mv "$server_dir/dropins/coopmarket.war.xml" "$work/"
    fi
    cp webapp/target/coopmarket.war "$server_dir/dropins/"
}

# Puts back what liberty:deploy made (as the run command expects to find it).
restore_loose_app() {
    if [ -f "$work/coopmarket.war.xml" ]; then
        rm -f "$server_dir/dropins/coopmarket.war"
        mv "$work/coopmarket.war.xml" "$server_dir/dropins/"
    fi
}

# Refuses to start if something holds the port; builds unless SKIP_BUILD=1; makes the database: PostgreSQL's,
# or with the argument h2 a new embedded one.
bench_setup() {
    db_kind=${1:-postgresql}
    if curl -s -o /dev/null "http://localhost:$port/" 2>/dev/null; then
        echo "Something already answers on port $port: stop it first (e.g. $wlp/bin/server stop coopmarket)." >&2
        exit 1
    fi
    if [ "${SKIP_BUILD:-}" != 1 ]; then
        ./mvnw -B -q install -DskipTests
        ./mvnw -B -q -pl webapp liberty:create liberty:deploy > /dev/null
    fi
    created_port=$(sed -n 's/^http\.port=//p' "$server_dir/bootstrap.properties")
    trap bench_cleanup EXIT
    deploy_built_war
    if [ "$db_kind" = h2 ]; then
        remove_h2_database
    else
        createdb "$db"
    fi
}

# Starts the server on the database (with the demo co-op's sign-ins) and waits until it is ready. Any
# NAME=value arguments are set in its environment too.
start_server() {
    local database=(DB_KIND=h2)
    if [ "$db_kind" != h2 ]; then
        database=(DB_KIND=postgresql DB_HOST="$PGHOST" DB_PORT="$PGPORT" DB_NAME="$db" DB_USER="$PGUSER" DB_PASSWORD=)
    fi
    # The port is a bootstrap property of the created server (webapp/pom.xml), which an environment variable does
    # not override; bench_cleanup puts back the one it was created with.
    sed -i "s/^http\.port=.*/http.port=$port/" "$server_dir/bootstrap.properties"
    env "${database[@]}" DEMO_DATA=true "$@" "$wlp/bin/server" start coopmarket > /dev/null
    for _ in $(seq 1 600); do
        curl -sf "http://localhost:$port/health/ready" > /dev/null 2>&1 && break
        sleep 0.2
    done
    curl -sf "http://localhost:$port/health/ready" > /dev/null || { echo "the server did not get ready" >&2; exit 1; }
}

# kill -9 of the server, as a crash would.
kill_server() {
    kill -9 "$(server_pid)"
}

server_pid() {
    cat "$wlp/usr/servers/.pid/coopmarket.pid"
}

# The machine, database and JIT settings, for the figures' context.
describe_machine() {
    local jit database="embedded H2"
    jit=$({ grep -v '^#' "$server_dir/jvm.options" 2>/dev/null || true; } | tr '\n' ' ')
    if [ "$db_kind" != h2 ]; then
        database="PostgreSQL $(sql -c 'SHOW server_version') (autovacuum $(sql -c 'SHOW autovacuum'))"
    fi
    echo "machine: $(nproc) cores ($(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)),"\
" $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); $database;"\
" server jvm.options: ${jit:-none}; load average $(cut -d' ' -f1-3 /proc/loadavg)"
}
