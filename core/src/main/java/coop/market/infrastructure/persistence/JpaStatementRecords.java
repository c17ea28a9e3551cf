package coop.market.infrastructure.persistence;

import coop.market.domain.ledger.Account;
import coop.market.domain.ledger.AccountKind;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutPostings;
import coop.market.domain.payout.PayoutStatus;
import coop.market.domain.shared.Money;
import coop.market.domain.statement.ReceivedMoney;
import coop.market.domain.statement.StatementRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A statement's reads of the ledger and the pay-outs: one query each for the whole tax year, summed by the
 * database per moment posted, so a year of a busy member is two round trips, not one per month. The co-op's
 * reports read every member's the same way, in one query each for all of them.
 */
@ApplicationScoped
public class JpaStatementRecords implements StatementRecords {

    /** As JpaPayouts.standings counts what a member received: the payable account, pay-outs left out. */
    private static final String RECEIVED = "select p.account, t.postedAt, sum(case when"
            + " p.side = coop.market.domain.ledger.Side.CREDIT then p.amountMinor else -p.amountMinor end)"
            + " from Posting p join p.transaction t where p.account %s and t.postedAt >= :from and t.postedAt < :to"
            + " and t.eventType <> :payout group by p.account, t.postedAt order by p.account, t.postedAt";

    private static final String MADE = "select p from Payout p where p.status in :made and p.paidAt >= :from"
            + " and p.paidAt < :to %s order by p.paidAt, p.memberId";

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaStatementRecords() {
    }

    public JpaStatementRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ReceivedMoney> received(String memberId, Instant from, Instant to, Currency currency) {
        return received(em.createQuery(RECEIVED.formatted("= :account"), Object[].class)
                .setParameter("account", Account.payable(memberId).code()), from, to, currency)
                .getOrDefault(memberId, List.of());
    }

    @Override
    public Map<String, List<ReceivedMoney>> receivedByMember(Instant from, Instant to, Currency currency) {
        return received(em.createQuery(RECEIVED.formatted("like :payable"), Object[].class)
                .setParameter("payable", AccountKind.PAYABLE.code() + ":%"), from, to, currency);
    }

    private static Map<String, List<ReceivedMoney>> received(TypedQuery<Object[]> query, Instant from, Instant to,
            Currency currency) {
        Map<String, List<ReceivedMoney>> byMember = new TreeMap<>();
        query.setParameter("from", from)
                .setParameter("to", to)
                .setParameter("payout", PayoutPostings.EVENT)
                .getResultList().forEach(row -> {
                    Money amount = Money.ofMinor(((Number) row[2]).longValue(), currency);
                    if (!amount.isZero()) {
                        byMember.computeIfAbsent(Account.of((String) row[0]).owner(), member -> new ArrayList<>())
                                .add(new ReceivedMoney((Instant) row[1], amount));
                    }
                });
        return byMember;
    }

    @Override
    public List<Payout> payoutsMade(String memberId, Instant from, Instant to) {
        return made(em.createQuery(MADE.formatted("and p.memberId = :member"), Payout.class)
                .setParameter("member", memberId), from, to);
    }

    @Override
    public List<Payout> payoutsMade(Instant from, Instant to) {
        return made(em.createQuery(MADE.formatted(""), Payout.class), from, to);
    }

    private static List<Payout> made(TypedQuery<Payout> query, Instant from, Instant to) {
        return query.setParameter("made", List.of(PayoutStatus.PAID, PayoutStatus.IN_BANK_FILE))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
