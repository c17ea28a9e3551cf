#!/usr/bin/env bash
# Measures what docs/PERFORMANCE.md records for pay-outs, on PostgreSQL: one pay-out run for 200 members over
# 100,000 paid invoice lines (target: at most 5 s from asking for the run to every member paid), and one plain SQL
# query summing the same members' money, for the run's ratio to it. The lines are seeded as the ledger has them once
# paid: 20,000 payments, each crediting five members' payable accounts, over the 60 days before yesterday. Half
# the members are paid by Stripe (transfers to a fake Stripe in a process of its own), half by bank transfer (the
# bank file); the contribution policy is nothing on the first GBP 20 a week and 10% above (each member's first
# pay-out counts as a week's, so the bands are not scaled).
# Then it checks, from the tables, the fake's transfer log and the bank file: every member paid once, their whole
# share, the contribution exactly as the policy says, gross = net + contribution, the ledger balanced and every
# payable account at nothing.
#
# Usage: bench/payout-run.sh [members] [lines]     (default 200 100000; lines a multiple of 5)
# The crash test (run by .ci/run): CRASH_AFTER=30 bench/payout-run.sh 100 5000 makes the fake Stripe answer slowly
# (40 ms), kills the server with kill -9 once 30 transfers are made, checks what it left (no pay-out posted twice,
# none paid without a transfer), starts it again and executes the same run again; then every check must hold: the
# transfer log shows each Stripe member paid exactly once and the bank file each bank member once.
# Needs what bench/lib.sh needs (PostgreSQL, psql, curl, python3, Java 17) and Maven for the fake's class path.
# SKIP_BUILD=1 uses the server already built.
set -euo pipefail
cd "$(dirname "$0")/.."
members=${1:-200}
lines=${2:-100000}
source bench/lib.sh
target_seconds=5
stripe_port=9097
api="http://localhost:$port/api/v1"
test_key=dGVzdC1vbmx5LWJhbmstZGV0YWlscy1rZXktMzJieSE=

[[ "$members" =~ ^[1-9][0-9]*$ && "$lines" =~ ^[1-9][0-9]*$ && $((lines % 5)) = 0 && "$members" -ge 5 ]] \
    || { echo "usage: $0 [members, 5 or more] [lines, a multiple of 5]" >&2; exit 2; }
bench_setup
if [ ! -f webapp/target/test-classes/coop/market/web/support/stripe/FakeStripeServer.class ]; then
    ./mvnw -B -q -pl webapp test-compile
fi
./mvnw -B -q -pl webapp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" \
    > /dev/null

pause_ms=0
[ -n "${CRASH_AFTER:-}" ] && pause_ms=40
java -cp "webapp/target/test-classes:$(cat "$work/cp.txt")" coop.market.web.support.stripe.FakeStripeServer \
    "$stripe_port" "$pause_ms" > "$work/stripe.log" 2>&1 &
cleanup_extra+=("$!")
for _ in $(seq 1 100); do
    grep -q ready "$work/stripe.log" && break
    sleep 0.1
done
grep -q ready "$work/stripe.log" || fail "the fake Stripe did not start: $(cat "$work/stripe.log")"
transfers() { curl -sf "http://127.0.0.1:$stripe_port/_fake/transfers" | grep -c . || true; }

server_env=(STRIPE_SECRET_KEY=sk_test_fake STRIPE_WEBHOOK_SECRET=whsec_fake
    "STRIPE_API_BASE=http://127.0.0.1:$stripe_port" "BANK_DETAILS_KEY=$test_key")
echo "starting the server on PostgreSQL database $db ..."
start_server "${server_env[@]}"
zone=$(sql -c "SELECT zone_id FROM cooperative")
period_end=$(TZ="$zone" date -d yesterday +%F)
as_staff=(-s -u staff@demo.coop:demo-password -H 'Content-Type: application/json' -H 'Accept: application/json')

echo "seeding $members members, $lines paid lines ($((lines / 5)) payments) and how each member is paid ..."
start=$(now)
sql <<SQL
BEGIN;
CREATE TEMP TABLE bench_member ON COMMIT DROP AS
    SELECT n, gen_random_uuid()::text AS id FROM generate_series(1, $members) AS n;
INSERT INTO member (id, display_name, email, status, story, created_at, version)
    SELECT id, 'Bench Member ' || n, 'bench-' || n || '@bench.example', 'ACTIVE', NULL, now(), 1 FROM bench_member;
INSERT INTO member_trade (member_id, trade_code) SELECT id, 'cleaning' FROM bench_member;
-- Payment p pays five lines, of members p, p+1, ... p+4 (mod M), 10.00 to 39.99 each, at a moment in the 60 days
-- before the period's end.
CREATE TEMP TABLE bench_payment ON COMMIT DROP AS
    SELECT p, gen_random_uuid()::text AS id,
           (DATE '$period_end' - 59)::timestamp AT TIME ZONE '$zone' + (p % 5000) * INTERVAL '17 minutes' AS at
    FROM generate_series(0, $lines / 5 - 1) AS p;
CREATE TEMP TABLE bench_line ON COMMIT DROP AS
    SELECT y.id AS payment_id, m.id AS member_id, 1000 + (y.p * 7 + i * 13) % 3000 AS amount
    FROM bench_payment y, generate_series(0, 4) AS i, bench_member m
    WHERE m.n = (y.p + i) % $members + 1;
INSERT INTO ledger_transaction (id, posted_at, event_type, event_id, description, reverses_id, currency_code)
    SELECT id, at, 'payment.received', id, 'Bench payment ' || p, NULL, 'GBP' FROM bench_payment;
INSERT INTO ledger_posting (id, transaction_id, account, side, amount_minor)
    SELECT gen_random_uuid()::text, payment_id, 'payable:' || member_id, 'CREDIT', amount FROM bench_line
    UNION ALL
    SELECT gen_random_uuid()::text, payment_id, 'bank', 'DEBIT', sum(amount) FROM bench_line GROUP BY payment_id;
COMMIT;
ANALYZE member, ledger_transaction, ledger_posting;
SQL
seeded=$(sql -c "SELECT sum(amount_minor) FROM ledger_posting WHERE account LIKE 'payable:%'")
[ "$(sql -c "SELECT count(*) FROM ledger_posting WHERE account LIKE 'payable:%'")" = "$lines" ] || fail "seeding failed"
sql -F ' ' -c "SELECT id, substring(display_name FROM 14)::int FROM member WHERE email LIKE 'bench-%'" \
    > "$work/members.txt"
while read -r id n; do
    if [ $((n % 2)) = 1 ]; then
        body="{\"method\": \"STRIPE\", \"stripeAccount\": \"acct_bench$n\"}"
    else
        body="{\"method\": \"BANK_TRANSFER\", \"accountName\": \"Bench $n\", \"sortCode\": \"20-00-$(printf %02d $((n % 100)))\","
        body+=" \"accountNumber\": \"$(printf %08d "$n")\"}"
    fi
    code=$(curl "${as_staff[@]}" -o "$work/method.json" -w '%{http_code}' -X PUT -d "$body" \
        "$api/members/$id/payout-method")
    [ "$code" = 200 ] || fail "setting member $n's pay-out method: $code $(cat "$work/method.json")"
done < "$work/members.txt"
code=$(curl -s -o "$work/policy.json" -w '%{http_code}' -u admin@demo.coop:demo-password \
    -H 'Content-Type: application/json' -H 'Accept: application/json' -d '{"effectiveFrom": "2020-01-06",
    "bands": [{"from": {"minor": 0, "currency": "GBP"}, "ratePercent": 0},
              {"from": {"minor": 2000, "currency": "GBP"}, "ratePercent": 10}]}' "$api/contribution-policies")
[ "$code" = 201 ] || fail "adding the contribution policy: $code $(cat "$work/policy.json")"
echo "seeded in $(elapsed "$start" "$(now)") s: $(python3 -c "print(f'{$seeded / 100:,.2f}')") GBP for $members members"
describe_machine

plain_sql="SELECT p.account, sum(CASE p.side WHEN 'CREDIT' THEN p.amount_minor ELSE -p.amount_minor END)
    FROM ledger_posting p JOIN ledger_transaction t ON t.id = p.transaction_id
    WHERE p.account LIKE 'payable:%' AND t.posted_at < (DATE '$period_end' + 1)::timestamp AT TIME ZONE '$zone'
      AND t.event_type <> 'payout.paid' GROUP BY p.account"
sql_ms=$(printf '\\timing on\n\\o /dev/null\n%s;\n%s;\n%s;\n' "$plain_sql" "$plain_sql" "$plain_sql" | sql \
    | awk '/^Time:/{if (best == "" || $2 < best) best = $2} END {print best}')
echo "plain SQL, each member's share of $lines lines: $sql_ms ms (best of 3)"

post() {  # path, body; prints the status and seconds taken, keeps the answer in $work/answer.json
    curl "${as_staff[@]}" -o "$work/answer.json" -w '%{http_code} %{time_total}\n' --max-time 300 -d "$2" "$api$1"
}
echo "pay-out run for the period ending $period_end ..."
read -r code create_s < <(post /payout-runs "{\"periodEnd\": \"$period_end\"}")
[ "$code" = 201 ] || fail "making the run answered $code: $(head -c 2000 "$work/answer.json")"
run_id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$work/answer.json")
read -r code approve_s < <(post "/payout-runs/$run_id/approve" "")
[ "$code" = 200 ] || fail "approving answered $code: $(head -c 2000 "$work/answer.json")"

crashed=
if [ -n "${CRASH_AFTER:-}" ]; then
    post "/payout-runs/$run_id/execute" "" > /dev/null 2>&1 &
    runner=$!
    for _ in $(seq 1 3000); do
        [ "$(transfers)" -ge "$CRASH_AFTER" ] && break
        sleep 0.02
    done
    kill_server
    wait "$runner" 2> /dev/null || true
    crashed=$(transfers)
    echo "killed the server (kill -9) with $crashed transfers made; what it left:"
    read -r paid pending posted < <(sql -F ' ' -c "SELECT count(*) FILTER (WHERE status IN ('PAID', 'IN_BANK_FILE')),
        count(*) FILTER (WHERE status = 'PENDING'),
        (SELECT count(*) FROM ledger_transaction WHERE event_type = 'payout.paid') FROM payout")
    echo "  $paid paid, $pending not yet (some of whose transfers Stripe made); $posted pay-outs posted to the ledger"
    [ "$pending" -gt 0 ] || fail "the run finished before it was killed: use a smaller CRASH_AFTER"
    [ "$posted" = "$paid" ] || fail "$posted pay-outs posted but $paid paid"
    [ "$(sql -c "SELECT count(*) FROM payout WHERE status = 'PAID' AND transfer_id IS NULL")" = 0 ] \
        || fail "a pay-out is paid without a transfer"
    echo "starting the server again ..."
    start_server "${server_env[@]}"
fi
read -r code execute_s < <(post "/payout-runs/$run_id/execute" "")
[ "$code" = 200 ] || fail "executing answered $code: $(head -c 2000 "$work/answer.json")"
curl -s -u staff@demo.coop:demo-password -H 'Accept: text/csv' -o "$work/bank.csv" \
    "$api/payout-runs/$run_id/bank-file"
curl -sf "http://127.0.0.1:$stripe_port/_fake/transfers" > "$work/transfers.tsv"

echo "checking the result ..."
stripe_members=$(( (members + 1) / 2 ))
bank_members=$(( members / 2 ))
check "run status" "$(sql -c "SELECT status FROM payout_run WHERE id = '$run_id'")" EXECUTED
check "pay-outs, of which paid by Stripe, in the bank file" "$(sql -F ' ' -c "SELECT count(*),
    count(*) FILTER (WHERE status = 'PAID'), count(*) FILTER (WHERE status = 'IN_BANK_FILE') FROM payout")" \
    "$members $stripe_members $bank_members"
check "sum of gross (minor units)" "$(sql -c "SELECT sum(gross_minor) FROM payout")" "$seeded"
check "members whose gross is not their share" "$(sql -c "SELECT count(*) FROM payout p WHERE p.gross_minor <>
    (SELECT sum(amount_minor) FROM ledger_posting l JOIN ledger_transaction t ON t.id = l.transaction_id
     WHERE l.account = 'payable:' || p.member_id AND t.event_type = 'payment.received')")" 0
check "pay-outs whose contribution is not 10% above GBP 20, rounded down" "$(sql -c "SELECT count(*)
    FROM payout WHERE contribution_minor <> floor(greatest(gross_minor - 2000, 0) * 0.1)
       OR net_minor <> gross_minor - contribution_minor")" 0
python3 - "$work/transfers.tsv" "$work/bank.csv" "$run_id" > "$work/logs.txt" <<'PY'
import csv, sys
transfers = [line.split("\t") for line in open(sys.argv[1]).read().splitlines() if line]
print("transfers", len(transfers))
print("destinations", len({t[2] for t in transfers}))
print("keys", len({t[5] for t in transfers}))
print("group", sum(1 for t in transfers if t[3] != "payout-run-" + sys.argv[3]))
for t in transfers:
    print("transfer", t[5].removeprefix("payout-"), t[1], t[2])
rows = list(csv.reader(open(sys.argv[2], newline="")))
print("bank", len(rows) - 1, len({(r[1], r[2]) for r in rows[1:]}))
for r in rows[1:]:
    print("line", r[2], int(round(float(r[3]) * 100)))
PY
check "transfers in the fake's log, to distinct members, with distinct keys" "$(awk '$1=="transfers"{t=$2}
    $1=="destinations"{d=$2} $1=="keys"{k=$2} END{print t, d, k}' "$work/logs.txt")" \
    "$stripe_members $stripe_members $stripe_members"
check "transfers outside the run's transfer group" "$(awk '$1=="group"{print $2}' "$work/logs.txt")" 0
awk '$1=="transfer"{print $2, $3, $4}' "$work/logs.txt" | sort > "$work/transferred.txt"
sql -F ' ' -c "SELECT id, net_minor, stripe_account FROM payout WHERE method = 'STRIPE' ORDER BY 1" > "$work/owed.txt"
check "Stripe pay-outs whose transfer is missing, doubled or of another amount" \
    "$(diff "$work/owed.txt" "$work/transferred.txt" | grep -c '^[<>]' || true)" 0
check "bank file lines, distinct accounts" "$(awk '$1=="bank"{print $2, $3}' "$work/logs.txt")" \
    "$bank_members $bank_members"
awk '$1=="line"{print $2, $3}' "$work/logs.txt" | sort > "$work/banked.txt"
sql -F ' ' -c "SELECT lpad(substring(m.display_name FROM 14), 8, '0'), p.net_minor FROM payout p
    JOIN member m ON m.id = p.member_id WHERE p.method = 'BANK_TRANSFER' ORDER BY 1" > "$work/bank-owed.txt"
check "bank pay-outs missing, doubled or of another amount in the bank file" \
    "$(diff "$work/bank-owed.txt" "$work/banked.txt" | grep -c '^[<>]' || true)" 0
check "pay-outs posted to the ledger" \
    "$(sql -c "SELECT count(*) FROM ledger_transaction WHERE event_type = 'payout.paid'")" "$members"
check "payable accounts not at nothing" "$(sql -c "SELECT count(*) FROM (SELECT account FROM ledger_posting
    WHERE account LIKE 'payable:%' GROUP BY account
    HAVING sum(CASE side WHEN 'CREDIT' THEN amount_minor ELSE -amount_minor END) <> 0) x")" 0
check "contribution income = sum of contributions" "$(sql -c "SELECT coalesce(sum(amount_minor), 0)
    FROM ledger_posting WHERE account = 'contribution-income'")" \
    "$(sql -c "SELECT sum(contribution_minor) FROM payout")"
check "ledger transactions that do not balance" "$(sql -c "SELECT count(*) FROM (SELECT transaction_id
    FROM ledger_posting GROUP BY transaction_id
    HAVING sum(CASE side WHEN 'DEBIT' THEN amount_minor ELSE -amount_minor END) <> 0) x")" 0

if [ -n "$crashed" ]; then
    echo "crash test: killed after $crashed transfers; executed again, every member was paid exactly once:" \
         "$( [ "$problems" = 0 ] && echo PASS || echo FAIL)"
fi
python3 - "$create_s" "$approve_s" "$execute_s" "$sql_ms" "$members" "$lines" "$target_seconds" "${crashed:-}" <<'PY'
import sys
create, approve, execute, sql_ms = (float(x) for x in sys.argv[1:5])
members, lines, target, crashed = int(sys.argv[5]), int(sys.argv[6]), float(sys.argv[7]), sys.argv[8]
total = create + approve + execute
print(f"pay-out run for {members} members over {lines:,} paid lines: made (draft) in {create:.2f} s,"
      f" approved in {approve:.2f} s, executed in {execute:.2f} s; {total:.2f} s in all")
print(f"plain SQL: {sql_ms:,.1f} ms; ratio of making the draft to it: {create * 1000 / sql_ms:,.0f}")
if crashed:
    print("(times are of the second execute, after the crash)")
else:
    print(f"target: at most {target:.0f} s: {'PASS' if total <= target else 'FAIL'}")
PY
[ "$problems" = 0 ] || fail "$problems checks failed"
