package coop.market.infrastructure.persistence;

import coop.market.domain.ledger.Account;
import coop.market.domain.ledger.Ledger;
import coop.market.domain.ledger.LedgerTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The books in JPA: inserts only; balances are summed by the database. */
@ApplicationScoped
public class JpaLedger implements Ledger {

    /** Debits minus credits, summed in the database. */
    private static final String NET = "sum(case when p.side = coop.market.domain.ledger.Side.DEBIT"
            + " then p.amountMinor else -p.amountMinor end)";

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaLedger() {
    }

    public JpaLedger(EntityManager em) {
        this.em = em;
    }

    @Override
    public void post(LedgerTransaction transaction) {
        em.persist(transaction);
        em.flush();
    }

    @Override
    public Optional<LedgerTransaction> find(String eventType, String eventId) {
        return em.createQuery("select t from LedgerTransaction t where t.eventType = :type and t.eventId = :id",
                        LedgerTransaction.class)
                .setParameter("type", eventType)
                .setParameter("id", eventId)
                .getResultStream().findFirst();
    }

    @Override
    public Map<Account, Long> netDebits() {
        Map<Account, Long> net = new HashMap<>();
        em.createQuery("select p.account, " + NET + " from Posting p group by p.account", Object[].class)
                .getResultList()
                .forEach(row -> net.put(Account.of((String) row[0]), ((Number) row[1]).longValue()));
        return net;
    }

    @Override
    public long netDebit(Account account) {
        Number net = em.createQuery("select " + NET + " from Posting p where p.account = :account", Number.class)
                .setParameter("account", account.code())
                .getSingleResult();
        return net == null ? 0 : net.longValue();
    }
}
