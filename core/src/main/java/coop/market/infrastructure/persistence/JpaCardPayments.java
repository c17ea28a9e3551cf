package coop.market.infrastructure.persistence;

import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.cardpayment.CardPaymentStatus;
import coop.market.domain.cardpayment.CardPayments;
import coop.market.domain.cardpayment.CardRefund;
import coop.market.domain.cardpayment.SavedCard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Card payments in JPA; handled webhook events as rows of their own. */
@ApplicationScoped
public class JpaCardPayments implements CardPayments {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaCardPayments() {
    }

    public JpaCardPayments(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(CardPayment payment) {
        em.persist(payment);
        em.flush();
    }

    @Override
    public void add(CardRefund refund) {
        em.persist(refund);
        em.flush();
    }

    @Override
    public Optional<CardPayment> find(String id) {
        return Optional.ofNullable(id).map(key -> em.find(CardPayment.class, key));
    }

    @Override
    public Optional<CardPayment> lock(String id) {
        return Optional.ofNullable(id).map(key -> em.find(CardPayment.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<CardPayment> lockByIntent(String intentId) {
        if (intentId == null) {
            return Optional.empty();
        }
        return em.createQuery("select c.id from CardPayment c where c.intentId = :intent", String.class)
                .setParameter("intent", intentId).getResultStream().findFirst().flatMap(this::lock);
    }

    @Override
    public List<CardPayment> ofInvoice(String invoiceId) {
        return em.createQuery("select c from CardPayment c where c.invoiceId = :invoice order by c.createdAt desc",
                        CardPayment.class)
                .setParameter("invoice", invoiceId)
                .getResultList();
    }

    @Override
    public List<CardRefund> pendingRefunds(String cardPaymentId) {
        return em.createQuery("select r from CardRefund r where r.cardPaymentId = :payment and r.creditNoteId is null"
                        + " order by r.requestedAt", CardRefund.class)
                .setParameter("payment", cardPaymentId)
                .getResultList();
    }

    @Override
    public void dropPendingRefund(String refundId) {
        em.createQuery("delete from CardRefund r where r.id = :id and r.creditNoteId is null")
                .setParameter("id", refundId).executeUpdate();
    }

    @Override
    public Optional<SavedCard> savedCard(String customerId) {
        return Optional.ofNullable(em.find(SavedCard.class, customerId));
    }

    @Override
    public Optional<SavedCard> lockSavedCard(String customerId) {
        return Optional.ofNullable(customerId)
                .map(key -> em.find(SavedCard.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void add(SavedCard card) {
        em.persist(card);
        em.flush();
    }

    @Override
    public List<String> waitingToCharge(int limit) {
        return em.createQuery("select c.id from CardPayment c where c.paymentMethodId is not null"
                        + " and c.status = :open and c.intentId is null order by c.createdAt", String.class)
                .setParameter("open", CardPaymentStatus.OPEN)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public boolean firstDelivery(String eventId, String type, Instant at) {
        // Callers hold the card payment's lock, so two deliveries of one event never get here together.
        if (!em.createNativeQuery("SELECT id FROM stripe_event WHERE id = ?").setParameter(1, eventId)
                .getResultList().isEmpty()) {
            return false;
        }
        em.createNativeQuery("INSERT INTO stripe_event (id, type, received_at) VALUES (?, ?, ?)")
                .setParameter(1, eventId).setParameter(2, type).setParameter(3, Timestamp.from(at))
                .executeUpdate();
        return true;
    }
}
