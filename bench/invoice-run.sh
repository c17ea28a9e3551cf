#!/usr/bin/env bash
# Measures what docs/PERFORMANCE.md records for pooled invoicing, on PostgreSQL: one invoice run (POST
# /api/v1/invoice-runs, period ending yesterday) over 100,000 completed bookings of 2,000 customers with 200 members
# (target: at most 20 s), and, in the same run against the same rows, one plain SQL query computing the same
# per-customer totals (count and sum of the uninvoiced completed bookings), to report the run's ratio to it.
# Then it checks the result straight from the tables: one invoice per customer, one line per booking, the invoices'
# totals equal to the bookings' prices (in all and per customer), the year's invoice numbers 1..n with no gap, and
# the ledger balanced; any difference fails the script (exit 1).
# It makes a fresh database, builds and starts the run command's server (webapp/target/liberty/wlp, server
# "coopmarket", port 9080) on it, seeds members with a cleaning listing each, customers and completed bookings with
# SQL (the bookings of each customer spread over several members, each member's one an hour apart, none
# overlapping, on the 60 or so days before yesterday), runs the invoice run, then stops the server and drops the
# database.
#
# Usage: bench/invoice-run.sh [bookings] [customers] [members]     (default 100000 2000 200)
# The crash test (run by .ci/run): CRASH_AFTER=150 bench/invoice-run.sh 20000 400 40 kills the server with kill -9 once
# the run has committed 150 invoices, checks what it left (whole invoices only, numbered 1..n, nothing on two lines,
# a ledger transaction each), starts the server again and runs again; then every check below must hold for the two.
# Needs: PostgreSQL at PGHOST:PGPORT (default 127.0.0.1:5432) that PGUSER (default postgres) may create databases
# on, psql/createdb/dropdb, curl, python3, Java 17. Set SKIP_BUILD=1 to use the server already built,
# SAMPLE_ACTIVITY=1 to sample pg_stat_activity every 0.2 s during the run and print what the database was doing,
# JVM_ARGS="-XX:StartFlightRecording=settings=profile" JFR_DUMP=/tmp/i.jfr to keep a flight recording of the server,
# RUN_TIMEOUT=seconds to wait longer for the run's answer (default 300). Without an answer in time the run fails the
# target, but the script waits for the server to finish it, checks it and reports its time from the tables (from
# invoice_run.started_at to the last invoice's created_at), which it prints in any case, with the run's pace over its
# first and last tenth of invoices.
# The seeded tables are ANALYZEd after seeding, as autovacuum would have done in a co-op's database. The tables the
# run fills (invoice, invoice_line, ledger, outbox) are not: analyzed while empty, with autovacuum off (as on this
# machine; printed), PostgreSQL would plan the run's foreign-key checks and look-ups as scans of tables it believes
# empty, and the run would slow down as they fill; in production autovacuum (on by default) keeps their statistics.
# The server is created as for production (server-config's jvm.options: both JIT compilers), not as the run
# command's (C1 only); the invoice run is the first the server does (no warm-up), as it would be in production.
set -euo pipefail
cd "$(dirname "$0")/.."
bookings=${1:-100000}
customers=${2:-2000}
members=${3:-200}
source bench/lib.sh
target_seconds=20
run_timeout=${RUN_TIMEOUT:-300}
sampler=

for n in "$bookings" "$customers" "$members"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [bookings] [customers] [members] (positive whole numbers)" >&2; exit 2; }
done

bench_setup
stop_sampler() {
    if [ -n "$sampler" ]; then
        kill "$sampler" 2> /dev/null || true
        wait "$sampler" 2> /dev/null || true
        sampler=
    fi
}
trap 'stop_sampler; bench_cleanup' EXIT

echo "starting the server on PostgreSQL database $db ..."
start_server

# The period ends yesterday in the co-op's time zone (the demo co-op's: Europe/London).
zone=$(sql -c "SELECT zone_id FROM cooperative")
period_end=$(TZ="$zone" date -d yesterday +%F)

echo "seeding $members members with a listing each and $customers customers ..."
start=$(now)
sql <<SQL
BEGIN;
CREATE TEMP TABLE bench_member ON COMMIT DROP AS
    SELECT n, gen_random_uuid()::text AS id FROM generate_series(1, $members) AS n;
INSERT INTO member (id, display_name, email, status, story, created_at, version)
    SELECT id, 'Bench Member ' || n, 'bench-' || n || '@bench.example', 'ACTIVE', NULL, now(), 1 FROM bench_member;
INSERT INTO member_trade (member_id, trade_code) SELECT id, 'cleaning' FROM bench_member;
INSERT INTO member_service_area (member_id, outward_code) SELECT id, 'BR5' FROM bench_member;
-- Every day 08:00-20:00, no travel buffer, no caps, bookable 26 weeks ahead (only the pattern booking needs it).
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
-- Households in Orpington, invoiced like any customer.
INSERT INTO customer (id, name, email, address_line1, address_line2, address_town, address_postcode, organisation,
                      kind, invoice_approved, created_at, version)
    SELECT gen_random_uuid()::text, 'Bench Customer ' || n, 'bench-customer-' || n || '@bench.example',
           n || ' Bench Road', NULL, 'Orpington', 'BR5 2QA', NULL, 'HOUSEHOLD', FALSE, now(), 1
    FROM generate_series(1, $customers) AS n;
COMMIT;
SQL
[ "$(sql -c "SELECT count(*) FROM listing l JOIN member m ON m.id = l.member_id
        WHERE m.email LIKE 'bench-%@bench.example'")" -eq "$members" ] || fail "seeding members failed"
[ "$(sql -c "SELECT count(*) FROM customer WHERE email LIKE 'bench-customer-%@bench.example'")" -eq "$customers" ] \
    || fail "seeding customers failed"

# One real booking through the API, far ahead (so never billable): its quote, options and address are the pattern
# for the bulk rows.
first_listing=$(sql -c "SELECT l.id FROM listing l JOIN member m ON m.id = l.member_id
        WHERE m.email = 'bench-1@bench.example'")
template_day=$(TZ="$zone" date -d '+150 days' +%F)
code=$(curl -s -o "$work/template.json" -w '%{http_code}' -u customer@demo.coop:demo-password \
    -H 'Content-Type: application/json' -H 'Accept: application/json' \
    -d "{\"listingId\": \"$first_listing\", \"start\": \"${template_day}T08:00\", \"durationMinutes\": 60}" \
    "http://localhost:$port/api/v1/bookings")
[ "$code" = 201 ] || fail "the pattern booking failed: $code $(cat "$work/template.json")"
template=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$work/template.json")

echo "seeding $bookings completed bookings before $period_end ..."
# Booking k (0-based) is customer k mod C's, done by member (k + k div C) mod M: with the defaults each customer has
# 50 bookings, one with each of 50 members. A member's bookings take its slots in turn, one a day going back from
# the day before yesterday and then, once round the days, the next hour (08:00, 09:00, ... 19:00), so none
# overlap. There are 60 days, or more if a member has more than 720 bookings. Prices, frozen when booked, are
# 14.00 to 20.00 for the hour.
sql <<SQL
BEGIN;
CREATE TEMP TABLE bench_slot ON COMMIT DROP AS
    SELECT k, customer_n, member_n, row_number() OVER (PARTITION BY member_n ORDER BY k) - 1 AS slot
    FROM (SELECT k, k % $customers + 1 AS customer_n, (k + k / $customers) % $members + 1 AS member_n
          FROM generate_series(0, $bookings - 1) AS k) b;
-- Members and customers by number, analyzed with the slots: without statistics the planner joins them in nested loops.
CREATE TEMP TABLE bench_member ON COMMIT DROP AS
    SELECT substring(m.display_name FROM 14)::int AS n, m.id, l.id AS listing_id
    FROM member m JOIN listing l ON l.member_id = m.id WHERE m.email LIKE 'bench-%@bench.example';
CREATE TEMP TABLE bench_customer ON COMMIT DROP AS
    SELECT substring(name FROM 16)::int AS n, id, address_line1, address_town, address_postcode
    FROM customer WHERE email LIKE 'bench-customer-%@bench.example';
ANALYZE bench_slot;
ANALYZE bench_member;
ANALYZE bench_customer;
SELECT greatest(60, ceil((max(slot) + 1) / 12.0))::int AS days FROM bench_slot \gset
INSERT INTO booking (id, listing_id, member_id, customer_id, series_id, status, start_at, end_at, duration_minutes,
                     price_minor, currency_code, quote_json, options_json, address_line1, address_line2,
                     address_town, address_postcode, notes, created_at, expires_at, version)
SELECT gen_random_uuid()::text, m.listing_id, m.id, c.id, NULL, 'COMPLETED',
       t.start_at, t.start_at + INTERVAL '1 hour', 60,
       1400 + (s.k % 7) * 100, p.currency_code, p.quote_json, p.options_json, c.address_line1, NULL,
       c.address_town, c.address_postcode, NULL,
       t.start_at - INTERVAL '7 days', t.start_at - INTERVAL '5 days', 1
FROM bench_slot s
JOIN bench_member m ON m.n = s.member_n
JOIN bench_customer c ON c.n = s.customer_n
CROSS JOIN (SELECT * FROM booking WHERE id = '$template') p
CROSS JOIN LATERAL (SELECT ((DATE '$period_end' - 1 - (s.slot % :days)::int)
                            + make_time(8 + (s.slot / :days)::int, 0, 0)) AT TIME ZONE '$zone' AS start_at) t;
COMMIT;
ANALYZE member, member_trade, member_service_area, member_availability, availability_window, listing, customer,
        booking;
SQL
seeded_count=$(sql -c "SELECT count(*) FROM booking WHERE status = 'COMPLETED'")
seeded_sum=$(sql -c "SELECT sum(price_minor) FROM booking WHERE status = 'COMPLETED'")
expected_invoices=$(sql -c "SELECT count(DISTINCT customer_id) FROM booking WHERE status = 'COMPLETED'")
overlaps=$(sql -c "SELECT count(*) FROM (SELECT start_at, max(end_at) OVER (PARTITION BY member_id ORDER BY start_at, id
        ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS earlier_end FROM booking) b WHERE earlier_end > start_at")
span=$(sql -c "SELECT min(start_at AT TIME ZONE '$zone')::date || ' to ' || max(start_at AT TIME ZONE '$zone')::date
    FROM booking WHERE status = 'COMPLETED'")
echo "seeded in $(elapsed "$start" "$(now)") s: $(sql -c "SELECT count(*) FROM member") members,"\
" $(sql -c "SELECT count(*) FROM customer") customers, $seeded_count completed bookings ($span,"\
" $(python3 -c "print(f'{$seeded_sum / 100:,.2f}')") GBP), $overlaps overlapping"
[ "$seeded_count" -eq "$bookings" ] || fail "seeded $seeded_count completed bookings, not $bookings"
[ "$overlaps" -eq 0 ] || fail "$overlaps bookings overlap an earlier one of their member's"

describe_machine

# The plain SQL: what the run bills, per customer, as one query (the run's own "not on any invoice line" test
# included). Run before the invoice run, so it reads the same uninvoiced rows; best of 3, timed by psql (\timing:
# sent, run and all rows received).
end_of_period="(DATE '$period_end' + 1)::timestamp AT TIME ZONE '$zone'"
plain_sql="SELECT b.customer_id, count(*), sum(b.price_minor) FROM booking b
    WHERE b.status = 'COMPLETED' AND b.start_at < $end_of_period
      AND NOT EXISTS (SELECT 1 FROM invoice_line l WHERE l.source_type = 'BOOKING' AND l.source_id = b.id)
    GROUP BY b.customer_id"
sql -F ' ' -c "$plain_sql ORDER BY 1" > "$work/plain.txt"
[ "$(wc -l < "$work/plain.txt")" -eq "$expected_invoices" ] || fail "the plain SQL found $(wc -l < "$work/plain.txt") customers"
sql_ms=$(printf '\\timing on\n\\o /dev/null\n%s;\n%s;\n%s;\n' "$plain_sql" "$plain_sql" "$plain_sql" | sql \
    | awk '/^Time:/{if (best == "" || $2 < best) best = $2} END {print best}')
[ -n "$sql_ms" ] || fail "could not time the plain SQL"
echo "plain SQL, per-customer totals of $seeded_count bookings: $sql_ms ms (best of 3)"

if [ "${SAMPLE_ACTIVITY:-}" = 1 ]; then
    # What the database's other sessions are doing, five times a second, while the run goes on.
    (while :; do
        sql -F ' | ' -c "SELECT state, coalesce(wait_event_type || ':' || wait_event, '-'),
                regexp_replace(left(query, 110), '\s+', ' ', 'g')
            FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                AND backend_type = 'client backend' AND state <> 'idle'" 2> /dev/null || true
        echo "--"
        sleep 0.2
    done > "$work/activity.txt") &
    sampler=$!
fi

run_invoicing() {
    curl -s -o "$work/run.json" -w '%{http_code} %{time_total}' --max-time "$run_timeout" \
        -u staff@demo.coop:demo-password -H 'Content-Type: application/json' -H 'Accept: application/json' \
        -d "{\"periodEnd\": \"$period_end\"}" "http://localhost:$port/api/v1/invoice-runs"
}
crashed=0
if [ -n "${CRASH_AFTER:-}" ]; then
    # The crash test: kill -9 the server once the run has made CRASH_AFTER invoices, check what it left, start the
    # server again and run again; the checks below then hold the two runs together to the same rules as one.
    echo "invoice run for the period ending $period_end, to be killed after $CRASH_AFTER invoices ..."
    run_invoicing > /dev/null 2>&1 &
    runner=$!
    for _ in $(seq 1 3000); do
        [ "$(sql -c "SELECT count(*) FROM invoice")" -ge "$CRASH_AFTER" ] && break
        sleep 0.05
    done
    kill_server
    wait "$runner" 2> /dev/null || true
    crashed=$(sql -c "SELECT count(*) FROM invoice")
    echo "killed the server (kill -9) with $crashed of $expected_invoices invoices committed; what it left:"
    [ "$crashed" -lt "$expected_invoices" ] || fail "the run finished before it was killed: use a smaller CRASH_AFTER"
    problems_after_crash=$(sql -c "SELECT
        (SELECT count(*) FROM invoice_line l LEFT JOIN invoice i ON i.id = l.invoice_id WHERE i.id IS NULL)
      + (SELECT count(*) FROM (SELECT source_id FROM invoice_line GROUP BY source_type, source_id
                               HAVING count(*) > 1) x)
      + (SELECT count(*) FROM invoice i WHERE i.total_minor <>
                (SELECT sum(l.total_minor) FROM invoice_line l WHERE l.invoice_id = i.id))
      + (SELECT abs(count(*) - count(DISTINCT number)) FROM invoice)
      + (SELECT coalesce(max(substring(number FROM '([0-9]+)\$')::int), 0) - count(*) FROM invoice)
      + (SELECT abs(count(*) - $crashed) FROM ledger_transaction WHERE event_type = 'invoice.issued')")
    [ "$problems_after_crash" = 0 ] || fail "after the crash: $problems_after_crash problems (orphan or doubled lines," \
        "totals, numbers not 1..$crashed, ledger)"
    echo "  ok    $crashed whole invoices numbered 1..$crashed, no half-made invoice, no line twice, ledger for each"
    echo "starting the server again ..."
    start_server
fi

echo "invoice run for the period ending $period_end ..."
result=$(run_invoicing) || true
code=${result%% *}
run_s=${result##* }
timed_out=
if [ "$code" = 000 ] && [ "$(sql -c "SELECT count(*) FROM invoice_run")" = $((1 + (crashed > 0))) ]; then
    # No answer in time, but the server goes on with the run: wait for it (its invoices stop appearing), so the
    # checks and the run's own time, from the tables, can still be reported.
    timed_out=1
    echo "no answer within $run_timeout s: FAIL; waiting for the server to finish the run" \
         "($(sql -c "SELECT count(*) FROM invoice") of $expected_invoices invoices so far) ..."
    last=-1
    while :; do
        sleep 15
        count=$(sql -c "SELECT count(*) FROM invoice")
        { [ "$count" = "$expected_invoices" ] || [ "$count" = "$last" ]; } && break
        last=$count
    done
    sleep 2
fi
stop_sampler
if [ -n "$timed_out" ]; then
    run_id=$(sql -c "SELECT id FROM invoice_run ORDER BY started_at DESC LIMIT 1")
else
    [ "$code" = 201 ] || fail "the invoice run answered ${code:-nothing} after ${run_s:-?} s: $(head -c 2000 "$work/run.json" 2>/dev/null)"
    read -r run_id answered not_invoiced < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))
print(r["id"], len(r["invoiceIds"]), len(r["notInvoiced"]))' "$work/run.json")
fi
# The run's time as the tables have it: from the run's start to its last invoice; and how the pace changed.
read -r db_run_s first_rate last_rate < <(sql -F ' ' -c "WITH i AS (
        SELECT extract(epoch FROM i.created_at - r.started_at) AS t,
               ntile(10) OVER (ORDER BY i.created_at) AS tenth
        FROM invoice i JOIN invoice_run r ON r.id = i.run_id WHERE r.id = '$run_id')
    SELECT round(max(t)::numeric, 1),
           round((count(*) FILTER (WHERE tenth = 1) / nullif(max(t) FILTER (WHERE tenth = 1), 0))::numeric, 1),
           round((count(*) FILTER (WHERE tenth = 10) / nullif(max(t) FILTER (WHERE tenth = 10)
                                                             - max(t) FILTER (WHERE tenth = 9), 0))::numeric, 1)
    FROM i")
[ -n "$timed_out" ] && run_s=$db_run_s
echo "the run in the tables: last invoice $db_run_s s after the run started; invoices per second:" \
     "${first_rate:-?} over its first tenth, ${last_rate:-?} over its last"

if [ -n "${JFR_DUMP:-}" ]; then
    # With JVM_ARGS="-XX:StartFlightRecording=settings=profile", keep the server's flight recording.
    jcmd "$(cat "$wlp/usr/servers/.pid/coopmarket.pid")" JFR.dump filename="$JFR_DUMP" > /dev/null
fi

echo "checking the result in the database ..."
year=$(TZ="$zone" date +%Y)
if [ -z "$timed_out" ]; then
    check "invoices the run answered with" "$answered" "$((expected_invoices - crashed))"
    check "customers the run could not invoice" "$not_invoiced" 0
fi
check "invoices of the run" "$(sql -c "SELECT count(*) FROM invoice WHERE run_id = '$run_id'")" \
    "$((expected_invoices - crashed))"
check "invoices in all" "$(sql -c "SELECT count(*) FROM invoice")" "$expected_invoices"
check "customers with more than one invoice" \
    "$(sql -c "SELECT count(*) FROM (SELECT customer_id FROM invoice GROUP BY customer_id HAVING count(*) > 1) x")" 0
check "invoice lines" "$(sql -c "SELECT count(*) FROM invoice_line")" "$bookings"
check "seeded bookings on exactly one line, at their price" "$(sql -c "SELECT count(*) FROM booking b
    JOIN invoice_line l ON l.source_type = 'BOOKING' AND l.source_id = b.id AND l.total_minor = b.price_minor
    JOIN invoice i ON i.id = l.invoice_id AND i.customer_id = b.customer_id
    WHERE b.status = 'COMPLETED'")" "$bookings"
check "sum of invoice totals (minor units)" "$(sql -c "SELECT sum(total_minor) FROM invoice")" "$seeded_sum"
check "sum of invoice line totals (minor units)" "$(sql -c "SELECT sum(total_minor) FROM invoice_line")" "$seeded_sum"
check "invoices whose total is not the sum of their lines" "$(sql -c "SELECT count(*) FROM invoice i
    WHERE i.total_minor <> (SELECT sum(l.total_minor) FROM invoice_line l WHERE l.invoice_id = i.id)")" 0
sql -F ' ' -c "SELECT customer_id, count(*), sum(l.total_minor) FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id
    GROUP BY customer_id ORDER BY 1" > "$work/invoiced.txt"
check "customers whose invoice differs from the plain SQL's count and total" \
    "$(diff "$work/plain.txt" "$work/invoiced.txt" | grep -c '^[<>]' || true)" 0
check "invoice numbers of $year (count, distinct, lowest, highest)" "$(sql -F ' ' -c "SELECT count(*), count(DISTINCT n),
        min(n), max(n) FROM (SELECT substring(number FROM '([0-9]+)\$')::int AS n FROM invoice
        WHERE number LIKE '%-$year-%') x")" "$expected_invoices $expected_invoices 1 $expected_invoices"
check "ledger transactions for the invoices" \
    "$(sql -c "SELECT count(*) FROM ledger_transaction WHERE event_type = 'invoice.issued'")" "$expected_invoices"
check "ledger: sum of debits, sum of credits" "$(sql -F ' ' -c "SELECT sum(amount_minor) FILTER (WHERE side = 'DEBIT'),
        sum(amount_minor) FILTER (WHERE side = 'CREDIT') FROM ledger_posting")" "$seeded_sum $seeded_sum"
check "ledger transactions that do not balance" "$(sql -c "SELECT count(*) FROM (SELECT transaction_id
        FROM ledger_posting GROUP BY transaction_id
        HAVING sum(CASE side WHEN 'DEBIT' THEN amount_minor ELSE -amount_minor END) <> 0) x")" 0
check "receivables debited (minor units)" "$(sql -c "SELECT sum(amount_minor) FROM ledger_posting
        WHERE account LIKE 'receivable:%' AND side = 'DEBIT'")" "$seeded_sum"
echo "  (emails waiting in the outbox: $(sql -c "SELECT count(*) FROM outgoing_email"))"

if [ -f "$work/activity.txt" ]; then
    samples=$(grep -c '^--$' "$work/activity.txt" || true)
    echo "pg_stat_activity during the run, $samples samples: busy sessions per sample, then what they were doing"
    awk '/^--$/{n++; next} {busy++} END {printf "  %.2f busy sessions per sample on average\n", (n ? busy / n : 0)}' \
        "$work/activity.txt"
    grep -v '^--$' "$work/activity.txt" | sed -E "s/'[^']*'/'…'/g; s/\\\$[0-9]+/\$n/g" | sort | uniq -c | sort -rn \
        | head -15 | sed 's/^/  /'
fi

if [ "$crashed" -gt 0 ]; then
    echo "crash test: the server was killed after $crashed invoices; started again, the next run made the other" \
         "$((expected_invoices - crashed)); together: $( [ "$problems" = 0 ] && echo PASS || echo FAIL)" \
         "(the timing below is the second run's, over what was left)"
fi
python3 - "$run_s" "$sql_ms" "$expected_invoices" "$bookings" "$target_seconds" "$timed_out" <<'PY'
import sys
run_s, sql_ms, invoices, bookings, target = float(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5])
timed_out = sys.argv[6] == "1"
print(f"invoice run: {run_s:.1f} s for {invoices:,} invoices, {bookings:,} lines"
      f" ({invoices / run_s:,.0f} invoices/s, {bookings / run_s:,.0f} lines/s)")
print(f"plain SQL:   {sql_ms:,.1f} ms; ratio run / SQL: {run_s * 1000 / sql_ms:,.0f}")
print(f"target: at most {target:.0f} s: {'PASS' if run_s <= target and not timed_out else 'FAIL'}"
      + (" (no answer in time: the run's time is from the tables)" if timed_out else ""))
PY
[ "$problems" = 0 ] || fail "$problems checks failed"
[ -z "$timed_out" ] || fail "the invoice run did not answer within $run_timeout s"
