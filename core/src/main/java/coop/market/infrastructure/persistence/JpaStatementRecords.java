package coop.market.infrastructure.persistence;

import coop.market.domain.ledger.Account;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutPostings;
import coop.market.domain.payout.PayoutStatus;
import coop.market.domain.shared.Money;
import coop.market.domain.statement.ReceivedMoney;
import coop.market.domain.statement.StatementRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * A statement's reads of the ledger and the pay-outs: one query each for the whole tax year, summed by the
 * database per moment posted, so a year of a busy member is two round trips, not one per month.
 */
@ApplicationScoped
public class JpaStatementRecords implements StatementRecords {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaStatementRecords() {
    }

    public JpaStatementRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ReceivedMoney> received(String memberId, Instant from, Instant to, Currency currency) {
        // As JpaPayouts.standings counts what a member received: the payable account, pay-outs left out.
        return em.createQuery("select t.postedAt, sum(case when p.side = coop.market.domain.ledger.Side.CREDIT"
                        + " then p.amountMinor else -p.amountMinor end) from Posting p join p.transaction t"
                        + " where p.account = :account and t.postedAt >= :from and t.postedAt < :to"
                        + " and t.eventType <> :payout"
                        + " group by t.postedAt order by t.postedAt", Object[].class)
                .setParameter("account", Account.payable(memberId).code())
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("payout", PayoutPostings.EVENT)
                .getResultList().stream()
                .map(row -> new ReceivedMoney((Instant) row[0], Money.ofMinor(((Number) row[1]).longValue(), currency)))
                .filter(received -> !received.amount().isZero())
                .toList();
    }

    @Override
    public List<Payout> payoutsMade(String memberId, Instant from, Instant to) {
        return em.createQuery("select p from Payout p where p.memberId = :member and p.status in :made"
                        + " and p.paidAt >= :from and p.paidAt < :to order by p.paidAt", Payout.class)
                .setParameter("member", memberId)
                .setParameter("made", List.of(PayoutStatus.PAID, PayoutStatus.IN_BANK_FILE))
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }
}
