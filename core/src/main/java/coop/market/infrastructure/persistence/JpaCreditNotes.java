package coop.market.infrastructure.persistence;

import coop.market.domain.invoicing.CreditNote;
import coop.market.domain.invoicing.CreditNotes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Credit notes in JPA. */
@ApplicationScoped
public class JpaCreditNotes implements CreditNotes {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaCreditNotes() {
    }

    public JpaCreditNotes(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(CreditNote creditNote) {
        em.persist(creditNote);
        em.flush();
    }

    @Override
    public Optional<CreditNote> find(String id) {
        return Optional.ofNullable(id).map(key -> em.find(CreditNote.class, key));
    }

    @Override
    public List<CreditNote> ofInvoice(String invoiceId) {
        return em.createQuery("select c from CreditNote c where c.invoiceId = :invoice order by c.number",
                        CreditNote.class)
                .setParameter("invoice", invoiceId)
                .getResultList();
    }
}
