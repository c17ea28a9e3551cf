#!/usr/bin/env bash
# Measures what docs/PERFORMANCE.md records for the storefront: the home page, a search and a listing page, next to
# a static file from the same server (the shop's style sheet), each with 32 concurrent clients: p50/p95/p99 and
# requests per second. Target: p95 at most 30 ms for each page.
# It builds (unless SKIP_BUILD=1) and starts the run command's server on a new embedded H2 database with the demo
# co-op, then bench/StorefrontBench.java adds 1,000 listings through the API as staff (100 members doing one to three
# of cleaning, gardening and crafts, around Orpington), warms the server up and measures; then it stops the server
# and removes the database.
#
# Usage: bench/storefront.sh [clients] [seconds] [warmUpSeconds] [listings] [members]   (default 32 20 30 1000 100)
# Needs curl and Java 17 (and Maven to build). BENCH_PORT=9285 runs the server on another port than 9080;
# JVM_ARGS="-XX:StartFlightRecording=settings=profile" JFR_DUMP=/tmp/s.jfr keeps a flight recording of the server.
# The server is created as for production (server-config's jvm.options: both JIT compilers), not as the run
# command's (C1 only).
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-32}
seconds=${2:-20}
warm_up=${3:-30}
listings=${4:-1000}
members=${5:-100}
source bench/lib.sh

bench_setup h2
echo "starting the server on a new embedded database ..."
start_server
start=$(now)
java bench/StorefrontBench.java seed "http://localhost:$port" "$work/listings.txt" "$listings" "$members"
echo "seeded in $(elapsed "$start" "$(now)") s"
[ "$(wc -l < "$work/listings.txt")" = "$listings" ] || fail "seeding made $(wc -l < "$work/listings.txt") listings"
check "listings the API lists (all, the first 100)" \
    "$(curl -s "http://localhost:$port/api/v1/listings?limit=100" \
    | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')" 100
describe_machine

java -Dbench.serverPid="$(server_pid)" bench/StorefrontBench.java measure "http://localhost:$port" "$work/listings.txt" "$clients" "$seconds" "$warm_up"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

if [ -n "${JFR_DUMP:-}" ]; then
    jcmd "$(server_pid)" JFR.dump filename="$JFR_DUMP" > /dev/null
fi
[ "$problems" = 0 ] || fail "$problems checks failed"
