#!/usr/bin/env bash
# Measures what docs/PERFORMANCE.md records for the booking engine, on PostgreSQL:
#   (a) GET /api/v1/listings/{id}/availability for one listing over four weeks: p50/p95 of sequential requests;
#   (b) POST /api/v1/bookings from concurrent clients: bookings created per second;
#   and then, straight from the tables, that no member holds two live bookings that overlap.
# It makes a fresh database, builds and starts the run command's server (webapp/target/liberty/wlp, server
# "coopmarket", port 9080) on it, seeds 1,000 members with availability and a listing each and 100,000 existing
# bookings with SQL, runs bench/BookingBench.java, then stops the server and drops the database.
#
# Usage: bench/bookings.sh [clients] [seconds] [availabilityRequests]     (default 32 20 500)
# Needs: PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432) that PGUSER (default postgres) may create databases
# on, psql/createdb/dropdb, curl, python3, Java 17. Set SKIP_BUILD=1 to use the server already built,
# JVM_ARGS="-XX:StartFlightRecording=settings=profile" JFR_DUMP=/tmp/b.jfr to keep a flight recording of the server,
# BENCH_JAVA_OPTS="-Dbench.warmUpSeconds=5 -Dbench.warmUpRequests=250" for shorter warm-ups. The server is created as
# for production (server-config's jvm.options: both JIT compilers), not as the run command's (C1 only).
set -euo pipefail
cd "$(dirname "$0")/.."
clients=${1:-32}
seconds=${2:-20}
requests=${3:-500}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
wlp=webapp/target/liberty/wlp
port=9080
members=1000
db="coopmarket_bench_$$"
work=$(mktemp -d)

if curl -s -o /dev/null "http://localhost:$port/" 2>/dev/null; then
    echo "Something already answers on port $port: stop it first (e.g. $wlp/bin/server stop coopmarket)." >&2
    exit 1
fi

if [ "${SKIP_BUILD:-}" != 1 ]; then
    ./mvnw -B -q install -DskipTests
    ./mvnw -B -q -pl webapp liberty:create liberty:deploy > /dev/null
fi

createdb "$db"
cleanup() {
    "$wlp/bin/server" stop coopmarket > /dev/null 2>&1 || true
    dropdb --if-exists --force "$db" || true
    rm -rf "$work"
}
trap cleanup EXIT
sql() { psql -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }

echo "starting the server on PostgreSQL database $db ..."
DB_KIND=postgresql DB_HOST="$PGHOST" DB_PORT="$PGPORT" DB_NAME="$db" DB_USER="$PGUSER" DB_PASSWORD= DEMO_DATA=true \
    "$wlp/bin/server" start coopmarket > /dev/null
for _ in $(seq 1 600); do
    curl -sf "http://localhost:$port/health/ready" > /dev/null 2>&1 && break
    sleep 0.2
done
curl -sf "http://localhost:$port/health/ready" > /dev/null || { echo "the server did not get ready" >&2; exit 1; }

echo "seeding $members members, their availability and listings ..."
start=$(date +%s.%N)
sql <<SQL
BEGIN;
CREATE TEMP TABLE bench_member ON COMMIT DROP AS
    SELECT n, gen_random_uuid()::text AS id FROM generate_series(1, $members) AS n;
INSERT INTO member (id, display_name, email, status, story, created_at, version)
    SELECT id, 'Bench Member ' || n, 'bench-' || n || '@bench.example', 'ACTIVE', NULL, now(), 1 FROM bench_member;
INSERT INTO member_trade (member_id, trade_code) SELECT id, 'cleaning' FROM bench_member;
INSERT INTO member_service_area (member_id, outward_code) SELECT id, 'BR5' FROM bench_member;
-- Every day 08:00-20:00, no travel buffer, no caps, bookable 26 weeks ahead.
INSERT INTO member_availability (member_id, travel_buffer_minutes, max_minutes_per_day, max_minutes_per_week,
                                 horizon_weeks, version)
    SELECT id, 0, NULL, NULL, 26, 1 FROM bench_member;
INSERT INTO availability_window (member_id, day_of_week, start_time, end_time)
    SELECT m.id, d, TIME '08:00', TIME '20:00' FROM bench_member m,
        unnest(ARRAY['MONDAY','TUESDAY','WEDNESDAY','THURSDAY','FRIDAY','SATURDAY','SUNDAY']) AS d;
-- One cleaning listing each, with the attributes the demo co-op's own cleaning listing has (the trade's defaults).
INSERT INTO listing (id, member_id, trade_code, title, description, price_minor, currency_code, price_unit,
                     attributes_json, stock, lead_time_days, active, created_at, version)
    SELECT gen_random_uuid()::text, m.id, 'cleaning', 'Cleaning by bench member ' || m.n, 'Homes and offices.',
           1500, 'GBP', 'HOUR', t.attributes_json, NULL, NULL, TRUE, now(), 1
    FROM bench_member m,
         (SELECT attributes_json FROM listing WHERE trade_code = 'cleaning' AND title = 'Office and home cleaning') t;
COMMIT;
SQL
# Member n's number is in its name; list "n listingId" by that number.
sql -F ' ' -c "SELECT substring(m.display_name FROM 14)::int AS n, l.id FROM member m
        JOIN listing l ON l.member_id = m.id WHERE m.email LIKE 'bench-%@bench.example' ORDER BY 1" > "$work/listings.txt"
[ "$(wc -l < "$work/listings.txt")" -eq "$members" ] || { echo "seeding members failed" >&2; exit 1; }

# One real booking through the API, far ahead: its quote, options and address are the pattern for the bulk rows.
first_listing=$(head -1 "$work/listings.txt" | cut -d' ' -f2)
template_day=$(TZ=Europe/London date -d '+150 days' +%F)
code=$(curl -s -o "$work/template.json" -w '%{http_code}' -u customer@demo.coop:demo-password \
    -H 'Content-Type: application/json' -H 'Accept: application/json' \
    -d "{\"listingId\": \"$first_listing\", \"start\": \"${template_day}T08:00\", \"durationMinutes\": 60}" \
    "http://localhost:$port/api/v1/bookings")
[ "$code" = 201 ] || { echo "the pattern booking failed: $code $(cat "$work/template.json")" >&2; exit 1; }
template=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$work/template.json")

echo "seeding 100,000 existing bookings ..."
# Per member: 60 past bookings (days -60..-1: completed, one in ten cancelled) and 40 live ones (days 2..41:
# requested or confirmed), one a day at 08:00 + ((n + day) mod 12) hours for an hour. BookingBench.java relies on
# this pattern to pick only the free hours.
sql <<SQL
BEGIN;
INSERT INTO booking (id, listing_id, member_id, customer_id, series_id, status, start_at, end_at, duration_minutes,
                     price_minor, currency_code, quote_json, options_json, address_line1, address_line2,
                     address_town, address_postcode, notes, created_at, expires_at, version)
SELECT gen_random_uuid()::text, l.id, m.id, t.customer_id, NULL,
       CASE WHEN d < 0 THEN CASE WHEN (n + d) % 10 = 0 THEN 'CANCELLED' ELSE 'COMPLETED' END
            ELSE CASE WHEN (n + d) % 2 = 0 THEN 'CONFIRMED' ELSE 'REQUESTED' END END,
       s.start_at, s.start_at + INTERVAL '1 hour', 60,
       t.price_minor, t.currency_code, t.quote_json, t.options_json, t.address_line1, t.address_line2,
       t.address_town, t.address_postcode, NULL,
       s.start_at - INTERVAL '7 days',
       CASE WHEN d < 0 THEN s.start_at - INTERVAL '5 days' ELSE now() + INTERVAL '30 days' END,
       1
FROM (SELECT substring(display_name FROM 14)::int AS n, id FROM member WHERE email LIKE 'bench-%@bench.example') m
JOIN listing l ON l.member_id = m.id
CROSS JOIN generate_series(-60, 41) AS d
CROSS JOIN (SELECT * FROM booking WHERE id = '$template') t
CROSS JOIN LATERAL (SELECT (((now() AT TIME ZONE 'Europe/London')::date + d)
                            + make_time(8 + ((n + d) % 12 + 12) % 12, 0, 0)) AT TIME ZONE 'Europe/London'
                           AS start_at) s
WHERE d NOT IN (0, 1);
COMMIT;
ANALYZE;
SQL
echo "seeded in $(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')") s: $(sql -c "SELECT count(*) FROM member") members,"\
" $(sql -c "SELECT count(*) FROM listing") listings, $(sql -c "SELECT count(*) FROM booking") bookings"

cores=$(nproc)
cpu=$(awk -F': ' '/model name/{print $2; exit}' /proc/cpuinfo)
jit=$({ grep -v '^#' "$wlp/usr/servers/coopmarket/jvm.options" 2>/dev/null || true; } | tr '\n' ' ')
echo "machine: $cores cores ($cpu), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1);"\
" PostgreSQL $(sql -c 'SHOW server_version'); server jvm.options: ${jit:-none}"

java ${BENCH_JAVA_OPTS:-} -Dbench.serverPid="$(cat "$wlp/usr/servers/.pid/coopmarket.pid")" \
    bench/BookingBench.java "http://localhost:$port" "$work/listings.txt" "$clients" "$seconds" "$requests"

if [ -n "${JFR_DUMP:-}" ]; then
    # With JVM_ARGS="-XX:StartFlightRecording=settings=profile", keep the server's flight recording.
    jcmd "$(cat "$wlp/usr/servers/.pid/coopmarket.pid")" JFR.dump filename="$JFR_DUMP" > /dev/null
fi

overlaps=$(sql -c "SELECT count(*) FROM booking a JOIN booking b ON a.member_id = b.member_id AND a.id < b.id
    AND a.status IN ('REQUESTED','CONFIRMED') AND b.status IN ('REQUESTED','CONFIRMED')
    AND a.start_at < b.end_at AND b.start_at < a.end_at")
echo "double bookings (overlapping live bookings of one member, counted with SQL): $overlaps"
echo "bookings in the database now: $(sql -c "SELECT count(*) FROM booking")"
[ "$overlaps" = 0 ]
