package coop.market.domain.payout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.ledger.Account;
import coop.market.domain.ledger.AccountKind;
import coop.market.domain.ledger.Entry;
import coop.market.domain.ledger.LedgerTransaction;
import coop.market.domain.ledger.Posting;
import coop.market.domain.ledger.Side;
import coop.market.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whole histories of members' money: received for them and sometimes refunded, at any time; contribution
 * policies in random bands with or without a cap, and members' overrides; members paid by Stripe or by bank,
 * weekly, monthly, held or not set up, changing their minds between runs; a run after a run, some cancelled,
 * some Stripe transfers refused. Each run reads what is held the way the database does, is planned by the
 * {@link PayoutPlanner}, and posts what it paid as the service does. Whatever happens: every penny received is
 * paid out, taken as contribution or still held; the books balance; a member's payable is what is still held.
 */
class PayoutBookkeepingProperties {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);
    private static final List<String> MEMBERS = List.of("m1", "m2", "m3", "m4");
    private static final String RECEIVED = "payment.received";
    private static final String REFUNDED = "payment.refunded";

    @Property(tries = 200)
    void everyPennyReceivedIsPaidTakenOrStillHeld(@ForAll("seeds") long seed,
            @ForAll @IntRange(min = 1, max = 8) int runCount, @ForAll @IntRange(min = 0, max = 40) int moneyEvents) {
        Random random = new Random(seed);
        ContributionRules rules = rules(random);
        List<LocalDate> periodEnds = periodEnds(random, runCount);
        List<LedgerTransaction> books = receiptsAndRefunds(random, moneyEvents,
                periodEnds.get(periodEnds.size() - 1).plusDays(10));
        Map<String, PayoutMethod> methods = new HashMap<>();
        MEMBERS.forEach(member -> method(member, random).ifPresent(m -> methods.put(member, m)));
        List<PayoutRun> runs = new ArrayList<>();
        List<Payout> payouts = new ArrayList<>();

        for (LocalDate periodEnd : periodEnds) {
            MEMBERS.stream().filter(member -> random.nextInt(4) == 0).forEach(member -> method(member, random)
                    .ifPresentOrElse(m -> methods.put(member, m), () -> methods.remove(member)));
            Instant receivedTo = periodEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant at = receivedTo.plusSeconds(3600);
            PayoutRun run = new PayoutRun("r" + runs.size(), periodEnd, receivedTo, Money.GBP, at, "staff");
            List<MemberStanding> standings = standings(books, runs, payouts, receivedTo);
            PayoutPlan plan = PayoutPlanner.plan(periodEnd, standings, Map.copyOf(methods), rules);
            checkPlan(plan, standings);
            runs.add(run);
            List<Payout> made = new ArrayList<>();
            plan.payouts().forEach(planned -> made.add(new Payout("p" + payouts.size() + "-" + made.size(),
                    run.id(), planned, "COOP PAY " + periodEnd, null)));
            payouts.addAll(made);
            if (random.nextInt(8) == 0) {
                run.cancel();
                continue;
            }
            run.approve("treasurer", at);
            for (Payout payout : made) {
                execute(payout, random, at, books);
            }
            assertTrue(made.stream().allMatch(p -> p.status().settled()));
            run.executed(at);
            List<MemberStanding> after = standings(books, runs, payouts, receivedTo);
            for (Payout payout : made) {
                Money stillHeld = standing(after, payout.memberId()).held();
                assertEquals(payout.status() == PayoutStatus.FAILED ? payout.gross() : Money.gbp(0), stillHeld,
                        "after " + payout.status() + " pay-out " + payout.id());
            }
        }

        Map<Account, Long> net = netDebits(books);
        for (LedgerTransaction transaction : books) {
            assertEquals(0, netDebits(List.of(transaction)).values().stream().mapToLong(Long::longValue).sum(),
                    "balanced: " + transaction.description());
        }
        long debits = books.stream().flatMap(t -> t.postings().stream()).filter(p -> p.side() == Side.DEBIT)
                .mapToLong(p -> p.amount().minor()).sum();
        long credits = books.stream().flatMap(t -> t.postings().stream()).filter(p -> p.side() == Side.CREDIT)
                .mapToLong(p -> p.amount().minor()).sum();
        assertEquals(debits, credits, "debits equal credits");

        List<Payout> paid = payouts.stream()
                .filter(p -> p.status() == PayoutStatus.PAID || p.status() == PayoutStatus.IN_BANK_FILE).toList();
        for (Payout payout : payouts) {
            assertFalse(payout.contribution().isNegative(), payout.id());
            assertFalse(payout.contribution().isGreaterThan(payout.gross()), payout.id());
            assertEquals(payout.gross(), payout.net().plus(payout.contribution()), payout.id());
        }
        for (String member : MEMBERS) {
            long received = received(books, member, Instant.MAX);
            long paidNet = paid.stream().filter(p -> p.memberId().equals(member)).mapToLong(p -> p.net().minor())
                    .sum();
            long contributed = paid.stream().filter(p -> p.memberId().equals(member))
                    .mapToLong(p -> p.contribution().minor()).sum();
            long held = received - paid.stream().filter(p -> p.memberId().equals(member))
                    .mapToLong(p -> p.gross().minor()).sum();
            assertEquals(received, paidNet + contributed + held, "every penny of " + member);
            assertEquals(-held, net.getOrDefault(Account.payable(member), 0L), "payable of " + member);
        }
        assertEquals(-paid.stream().mapToLong(p -> p.contribution().minor()).sum(),
                net.getOrDefault(Account.CONTRIBUTION_INCOME, 0L), "the co-op's contribution income");
        assertEquals(paid.stream().filter(p -> p.method() == PayoutMethodKind.STRIPE)
                .mapToLong(p -> p.net().minor()).sum(), -net.getOrDefault(Account.CARD_CLEARING, 0L),
                "paid from Stripe's balance");
    }

    /** Every member with money held is paid it all or listed as held with it all; nobody else appears. */
    private static void checkPlan(PayoutPlan plan, List<MemberStanding> standings) {
        TreeSet<String> seen = new TreeSet<>();
        for (PayoutPlan.Planned planned : plan.payouts()) {
            assertTrue(seen.add(planned.memberId()), "once: " + planned.memberId());
            assertEquals(standing(standings, planned.memberId()).held(), planned.gross());
            assertTrue(planned.periodDays() >= 1);
        }
        for (PayoutPlan.Held held : plan.held()) {
            assertTrue(seen.add(held.memberId()), "once: " + held.memberId());
            assertEquals(standing(standings, held.memberId()).held(), held.amount());
        }
        standings.stream().filter(s -> s.held().isPositive())
                .forEach(s -> assertTrue(seen.contains(s.memberId()), "paid or held: " + s.memberId()));
    }

    private static MemberStanding standing(List<MemberStanding> standings, String member) {
        return standings.stream().filter(s -> s.memberId().equals(member)).findFirst().orElseThrow();
    }

    private static void execute(Payout payout, Random random, Instant at, List<LedgerTransaction> books) {
        if (payout.method() == PayoutMethodKind.BANK_TRANSFER) {
            payout.inBankFile(at);
        } else {
            if (random.nextInt(4) == 0) {
                payout.refused("The account cannot take payments yet", at);
                return;
            }
            payout.paid(payout.net().isPositive() ? "tr_" + payout.id() : null, at);
        }
        books.add(PayoutPostings.paid(payout, payout.memberId(), "t" + books.size(), at));
    }

    /** What the database answers: as {@code JpaPayouts.standings}. */
    private static List<MemberStanding> standings(List<LedgerTransaction> books, List<PayoutRun> runs,
            List<Payout> payouts, Instant receivedTo) {
        Map<String, Long> received = new TreeMap<>();
        for (LedgerTransaction transaction : books) {
            if (transaction.postedAt().isBefore(receivedTo) && !transaction.eventType().equals(PayoutPostings.EVENT)) {
                for (Posting posting : transaction.postings()) {
                    if (posting.account().kind() == AccountKind.PAYABLE) {
                        received.merge(posting.account().owner(), credit(posting), Long::sum);
                    }
                }
            }
        }
        Map<String, Long> paidOut = new HashMap<>();
        Map<String, LocalDate> last = new HashMap<>();
        for (Payout payout : payouts) {
            PayoutRun run = runs.stream().filter(r -> r.id().equals(payout.runId())).findFirst().orElseThrow();
            if (run.status() != PayoutRunStatus.CANCELLED && payout.status() != PayoutStatus.FAILED) {
                paidOut.merge(payout.memberId(), payout.gross().minor(), Long::sum);
                last.merge(payout.memberId(), run.periodEnd(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        paidOut.keySet().forEach(member -> received.putIfAbsent(member, 0L));
        List<MemberStanding> standings = new ArrayList<>();
        received.forEach((member, in) -> standings.add(new MemberStanding(member, Money.gbp(in),
                Money.gbp(paidOut.getOrDefault(member, 0L)), last.get(member))));
        return standings;
    }

    private static long received(List<LedgerTransaction> books, String member, Instant before) {
        return books.stream().filter(t -> t.postedAt().isBefore(before))
                .filter(t -> !t.eventType().equals(PayoutPostings.EVENT))
                .flatMap(t -> t.postings().stream())
                .filter(p -> p.account().equals(Account.payable(member)))
                .mapToLong(PayoutBookkeepingProperties::credit).sum();
    }

    private static long credit(Posting posting) {
        return posting.side() == Side.CREDIT ? posting.amount().minor() : -posting.amount().minor();
    }

    /** Money received for members, and some refunded (never more than a member has received so far). */
    private static List<LedgerTransaction> receiptsAndRefunds(Random random, int count, LocalDate until) {
        long span = until.toEpochDay() - START.toEpochDay();
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(START.atStartOfDay(ZoneOffset.UTC).toInstant()
                    .plusSeconds((long) (random.nextDouble() * span * 86_400)));
        }
        times.sort(null);
        Map<String, Long> soFar = new HashMap<>();
        List<LedgerTransaction> books = new ArrayList<>();
        for (Instant at : times) {
            String member = MEMBERS.get(random.nextInt(MEMBERS.size()));
            long had = soFar.getOrDefault(member, 0L);
            String id = "t" + books.size();
            if (had > 0 && random.nextInt(5) == 0) {
                long amount = random.nextInt(3) == 0 ? had : 1 + (long) (random.nextDouble() * (had - 1));
                soFar.put(member, had - amount);
                books.add(new LedgerTransaction(id, at, REFUNDED, id, "Refund",
                        List.of(Entry.debit(Account.payable(member), Money.gbp(amount)),
                                Entry.credit(Account.BANK, Money.gbp(amount)))));
            } else {
                long amount = 1 + random.nextInt(random.nextBoolean() ? 3_000 : 60_000);
                soFar.put(member, had + amount);
                books.add(new LedgerTransaction(id, at, RECEIVED, id, "Payment",
                        List.of(Entry.debit(Account.BANK, Money.gbp(amount)),
                                Entry.credit(Account.payable(member), Money.gbp(amount)))));
            }
        }
        return books;
    }

    /** Runs mostly a week apart, sometimes sooner or later, across month ends. */
    private static List<LocalDate> periodEnds(Random random, int count) {
        List<LocalDate> ends = new ArrayList<>();
        LocalDate end = START.plusDays(random.nextInt(7));
        for (int i = 0; i < count; i++) {
            ends.add(end);
            end = end.plusDays(random.nextInt(3) == 0 ? 1 + random.nextInt(20) : 7);
        }
        return ends;
    }

    private static ContributionRules rules(Random random) {
        List<ContributionPolicy> policies = new ArrayList<>();
        int count = random.nextInt(3);
        for (int i = 0; i < count; i++) {
            List<ContributionTier> tiers = new ArrayList<>();
            tiers.add(new ContributionTier(0, random.nextInt(3) == 0 ? 0 : random.nextInt(2_000)));
            long from = 0;
            for (int band = random.nextInt(3); band > 0; band--) {
                from += 1 + random.nextInt(10_000);
                tiers.add(new ContributionTier(from, random.nextInt(10_001)));
            }
            Long cap = random.nextBoolean() ? null : (long) random.nextInt(5_000);
            policies.add(new ContributionPolicy(START.plusDays(random.nextInt(60) - 20), tiers, cap));
        }
        List<ContributionOverride> overrides = new ArrayList<>();
        for (String member : MEMBERS) {
            if (random.nextInt(3) == 0) {
                LocalDate from = START.plusDays(random.nextInt(60) - 10);
                LocalDate until = random.nextBoolean() ? null : from.plusDays(random.nextInt(40));
                overrides.add(new ContributionOverride(member, from, until,
                        random.nextBoolean() ? 0 : random.nextInt(10_001), "Agreed"));
            }
        }
        return new ContributionRules(policies, overrides);
    }

    /** How a member is paid, if at all; sometimes a method started and never finished. */
    private static Optional<PayoutMethod> method(String member, Random random) {
        int pick = random.nextInt(10);
        if (pick == 0) {
            return Optional.empty();
        }
        if (pick == 1) {
            return Optional.of(new PayoutMethod(member));
        }
        PayoutFrequency frequency = switch (random.nextInt(5)) {
            case 0 -> PayoutFrequency.HOLD;
            case 1, 2 -> PayoutFrequency.MONTHLY;
            default -> PayoutFrequency.WEEKLY;
        };
        return Optional.of(random.nextBoolean() ? PayoutFixtures.stripe(member, frequency)
                : PayoutFixtures.bank(member, frequency));
    }

    private static Map<Account, Long> netDebits(List<LedgerTransaction> books) {
        Map<Account, Long> net = new HashMap<>();
        books.forEach(transaction -> transaction.postings().forEach(posting -> net.merge(posting.account(),
                posting.side() == Side.DEBIT ? posting.amount().minor() : -posting.amount().minor(),
                Math::addExact)));
        return net;
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
