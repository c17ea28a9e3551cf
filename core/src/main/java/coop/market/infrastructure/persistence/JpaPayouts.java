package coop.market.infrastructure.persistence;

import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.ledger.AccountKind;
import coop.market.domain.ledger.Side;
import coop.market.domain.payout.ContributionOverride;
import coop.market.domain.payout.ContributionPolicy;
import coop.market.domain.payout.ContributionRules;
import coop.market.domain.payout.ContributionTier;
import coop.market.domain.payout.MemberStanding;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutMethod;
import coop.market.domain.payout.PayoutPostings;
import coop.market.domain.payout.PayoutRun;
import coop.market.domain.payout.PayoutRunStatus;
import coop.market.domain.payout.PayoutStatus;
import coop.market.domain.payout.Payouts;
import coop.market.domain.payout.Receipt;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Pay-outs in JPA; contribution policies and overrides in plain SQL (they are values, written once). */
@ApplicationScoped
public class JpaPayouts implements Payouts {

    private static final String PAYABLE = AccountKind.PAYABLE.code() + ":";

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaPayouts() {
    }

    public JpaPayouts(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(PayoutRun run, List<Payout> payouts) {
        em.persist(run);
        // The run first, alone: if another open run exists, this is where the database says so.
        em.flush();
        payouts.forEach(em::persist);
        em.flush();
    }

    @Override
    public Optional<PayoutRun> findRun(String runId) {
        return Optional.ofNullable(runId).map(id -> em.find(PayoutRun.class, id));
    }

    @Override
    public Optional<PayoutRun> lockRun(String runId) {
        return Optional.ofNullable(runId).map(id -> em.find(PayoutRun.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<PayoutRun> openRun() {
        return em.createQuery("select r from PayoutRun r where r.status in :open", PayoutRun.class)
                .setParameter("open", List.of(PayoutRunStatus.DRAFT, PayoutRunStatus.APPROVED))
                .getResultStream().findFirst();
    }

    @Override
    public List<PayoutRun> runs(int limit) {
        return em.createQuery("select r from PayoutRun r order by r.periodEnd desc, r.createdAt desc", PayoutRun.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public List<Payout> ofRun(String runId) {
        return em.createQuery("select p from Payout p where p.runId = :run order by p.memberId", Payout.class)
                .setParameter("run", runId).getResultList();
    }

    @Override
    public Optional<Payout> find(String payoutId) {
        return Optional.ofNullable(payoutId).map(id -> em.find(Payout.class, id));
    }

    @Override
    public List<Payout> lockPayouts(Collection<String> payoutIds) {
        return em.createQuery("select p from Payout p where p.id in :ids order by p.id", Payout.class)
                .setParameter("ids", payoutIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<Payout> ofMember(String memberId) {
        return em.createQuery("select p from Payout p, PayoutRun r where p.runId = r.id and p.memberId = :member"
                        + " and r.status <> :cancelled order by r.periodEnd desc, r.createdAt desc", Payout.class)
                .setParameter("member", memberId)
                .setParameter("cancelled", PayoutRunStatus.CANCELLED)
                .getResultList();
    }

    @Override
    public List<MemberStanding> standings(Instant receivedTo, Currency currency) {
        // Two grouped queries, not one per member: a run over hundreds of members reads the books twice.
        Map<String, Long> received = new TreeMap<>();
        em.createQuery("select p.account, sum(case when p.side = coop.market.domain.ledger.Side.CREDIT"
                        + " then p.amountMinor else -p.amountMinor end) from Posting p join p.transaction t"
                        + " where p.account like :payable and t.postedAt < :to and t.eventType <> :payout"
                        + " group by p.account", Object[].class)
                .setParameter("payable", PAYABLE + "%")
                .setParameter("to", receivedTo)
                .setParameter("payout", PayoutPostings.EVENT)
                .getResultList()
                .forEach(row -> received.put(((String) row[0]).substring(PAYABLE.length()),
                        ((Number) row[1]).longValue()));
        Map<String, Object[]> paid = new HashMap<>();
        em.createQuery("select p.memberId, sum(p.grossMinor), max(r.periodEnd) from Payout p, PayoutRun r"
                        + " where p.runId = r.id and r.status <> :cancelled and p.status <> :failed"
                        + " group by p.memberId", Object[].class)
                .setParameter("cancelled", PayoutRunStatus.CANCELLED)
                .setParameter("failed", PayoutStatus.FAILED)
                .getResultList()
                .forEach(row -> paid.put((String) row[0], row));
        paid.keySet().forEach(member -> received.putIfAbsent(member, 0L));
        List<MemberStanding> standings = new ArrayList<>();
        received.forEach((member, in) -> {
            Object[] out = paid.get(member);
            standings.add(new MemberStanding(member, Money.ofMinor(in, currency),
                    Money.ofMinor(out == null ? 0 : ((Number) out[1]).longValue(), currency),
                    out == null ? null : day(out[2])));
        });
        return standings;
    }

    @Override
    public Optional<String> fundingCharge(String memberId, Money gross, Instant receivedTo) {
        // The newest by ordering, not max(): an aggregate skips the Instant converter on PostgreSQL.
        Instant lastPaidTo = em.createQuery("select r.receivedTo from Payout p, PayoutRun r"
                        + " where p.runId = r.id and p.memberId = :member"
                        + " and r.status <> :cancelled and p.status <> :failed order by r.receivedTo desc",
                        Instant.class)
                .setParameter("member", memberId)
                .setParameter("cancelled", PayoutRunStatus.CANCELLED)
                .setParameter("failed", PayoutStatus.FAILED)
                .setMaxResults(1)
                .getResultStream().findFirst().orElse(null);
        List<Object[]> received = em.createQuery("select t.eventType, t.eventId, p.side, p.amountMinor"
                        + " from Posting p join p.transaction t where p.account = :account and t.postedAt < :to"
                        + " and t.postedAt >= :from and t.eventType <> :payout", Object[].class)
                .setParameter("account", PAYABLE + memberId)
                .setParameter("to", receivedTo)
                .setParameter("from", lastPaidTo == null ? Instant.EPOCH : lastPaidTo)
                .setParameter("payout", PayoutPostings.EVENT)
                .setMaxResults(2)
                .getResultList();
        if (received.size() != 1 || !CardPayment.RECEIVED_EVENT.equals(received.get(0)[0])
                || received.get(0)[2] != Side.CREDIT || ((Number) received.get(0)[3]).longValue()
                != gross.minor()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(CardPayment.class, received.get(0)[1])).map(CardPayment::chargeId);
    }

    @Override
    public Optional<PayoutRun> lastRunPaying(String memberId, Instant madeBefore) {
        return em.createQuery("select r from Payout p, PayoutRun r where p.runId = r.id and p.memberId = :member"
                        + " and r.status <> :cancelled and p.status <> :failed and r.createdAt < :before"
                        + " order by r.createdAt desc", PayoutRun.class)
                .setParameter("member", memberId)
                .setParameter("cancelled", PayoutRunStatus.CANCELLED)
                .setParameter("failed", PayoutStatus.FAILED)
                .setParameter("before", madeBefore)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    @Override
    public List<Receipt> receipts(String memberId, Instant from, Instant to) {
        // Besides pay-outs only these three events move a member's payable account (InvoicePostings): a payment
        // by bank, cash or cheque; a card payment (with the payment it recorded); a refund with its credit note.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT COALESCE(pay.received_on, card.received_on, cn.issue_date),"
                        + " i.number, COALESCE(c.organisation, c.name), p.side, p.amount_minor, t.currency_code"
                        + " FROM ledger_posting p JOIN ledger_transaction t ON t.id = p.transaction_id"
                        + " LEFT JOIN payment pay ON t.event_type = 'payment.received' AND pay.id = t.event_id"
                        + " LEFT JOIN card_payment cp ON t.event_type = ? AND cp.id = t.event_id"
                        + " LEFT JOIN payment card ON card.id = cp.payment_id"
                        + " LEFT JOIN credit_note cn ON t.event_type = 'credit-note.refunded' AND cn.id = t.event_id"
                        + " JOIN invoice i ON i.id = COALESCE(pay.invoice_id, cp.invoice_id, cn.invoice_id)"
                        + " JOIN customer c ON c.id = i.customer_id"
                        + " WHERE p.account = ? AND t.posted_at >= ? AND t.posted_at < ? AND t.event_type <> ?"
                        + " ORDER BY t.posted_at, t.id")
                .setParameter(1, CardPayment.RECEIVED_EVENT)
                .setParameter(2, PAYABLE + memberId)
                .setParameter(3, Timestamp.from(from))
                .setParameter(4, Timestamp.from(to))
                .setParameter(5, PayoutPostings.EVENT)
                .getResultList();
        List<Receipt> receipts = new ArrayList<>();
        for (Object[] row : rows) {
            boolean refund = Side.DEBIT.name().equals(row[3]);
            long amount = ((Number) row[4]).longValue();
            receipts.add(new Receipt(day(row[0]), (String) row[1], (String) row[2],
                    Money.ofMinor(refund ? -amount : amount, ((String) row[5]).strip()), refund));
        }
        return receipts;
    }

    @Override
    public Optional<PayoutMethod> method(String memberId) {
        return Optional.ofNullable(memberId).map(id -> em.find(PayoutMethod.class, id));
    }

    @Override
    public Map<String, PayoutMethod> methods() {
        return em.createQuery("select m from PayoutMethod m", PayoutMethod.class).getResultStream()
                .collect(Collectors.toMap(PayoutMethod::memberId, m -> m));
    }

    @Override
    public void save(PayoutMethod method) {
        if (em.find(PayoutMethod.class, method.memberId()) == null) {
            em.persist(method);
        }
        em.flush();
    }

    @Override
    public ContributionRules contributionRules() {
        List<ContributionPolicy> policies = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT effective_from, bands, weekly_cap_minor FROM contribution_policy")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            policies.add(new ContributionPolicy(day(columns[0]), bands((String) columns[1]),
                    columns[2] == null ? null : ((Number) columns[2]).longValue()));
        }
        List<ContributionOverride> overrides = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT member_id, from_day, until_day, rate_basis_points, reason"
                + " FROM contribution_override").getResultList()) {
            Object[] columns = (Object[]) row;
            overrides.add(new ContributionOverride((String) columns[0], day(columns[1]),
                    columns[2] == null ? null : day(columns[2]), ((Number) columns[3]).intValue(),
                    (String) columns[4]));
        }
        return new ContributionRules(policies, overrides);
    }

    // A null is bound without a type, which PostgreSQL reads as text: the casts say what it stands for.
    @Override
    public void add(ContributionPolicy policy, String by, Instant at) {
        em.createNativeQuery("INSERT INTO contribution_policy (id, effective_from, bands, weekly_cap_minor,"
                        + " created_at, created_by) VALUES (?, ?, ?, CAST(? AS BIGINT), ?, ?)")
                .setParameter(1, Ids.newId())
                .setParameter(2, Date.valueOf(policy.effectiveFrom()))
                .setParameter(3, policy.tiers().stream().map(t -> t.fromMinor() + ":" + t.rateBasisPoints())
                        .collect(Collectors.joining(",")))
                .setParameter(4, policy.weeklyCapMinor())
                .setParameter(5, Timestamp.from(at))
                .setParameter(6, by)
                .executeUpdate();
    }

    @Override
    public void add(ContributionOverride override, String by, Instant at) {
        em.createNativeQuery("INSERT INTO contribution_override (id, member_id, from_day, until_day,"
                        + " rate_basis_points, reason, created_at, created_by) VALUES (?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?)")
                .setParameter(1, Ids.newId())
                .setParameter(2, override.memberId())
                .setParameter(3, Date.valueOf(override.from()))
                .setParameter(4, override.until() == null ? null : Date.valueOf(override.until()))
                .setParameter(5, override.rateBasisPoints())
                .setParameter(6, override.reason())
                .setParameter(7, Timestamp.from(at))
                .setParameter(8, by)
                .executeUpdate();
    }

    @Override
    public boolean policyFrom(LocalDate day) {
        return !em.createNativeQuery("SELECT id FROM contribution_policy WHERE effective_from = ?")
                .setParameter(1, Date.valueOf(day)).getResultList().isEmpty();
    }

    private static List<ContributionTier> bands(String written) {
        List<ContributionTier> tiers = new ArrayList<>();
        for (String band : written.split(",")) {
            String[] parts = band.split(":");
            tiers.add(new ContributionTier(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
        }
        return tiers;
    }

    private static LocalDate day(Object column) {
        return column instanceof LocalDate local ? local : ((Date) column).toLocalDate();
    }
}
