package coop.market.infrastructure.persistence;

import coop.market.domain.invoicing.DocumentKind;
import coop.market.domain.invoicing.DocumentNumber;
import coop.market.domain.invoicing.DocumentNumbers;
import coop.market.domain.invoicing.DocumentSequence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** Document numbers from a locked counter row ({@code SELECT ... FOR UPDATE}), moved on in the caller's transaction. */
@ApplicationScoped
public class JpaDocumentNumbers implements DocumentNumbers {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaDocumentNumbers() {
    }

    public JpaDocumentNumbers(EntityManager em) {
        this.em = em;
    }

    @Override
    public DocumentNumber next(DocumentKind kind, int year) {
        DocumentSequence sequence = em.find(DocumentSequence.class, kind, LockModeType.PESSIMISTIC_WRITE);
        if (sequence == null) {
            throw new IllegalStateException("No counter for " + kind + " numbers: the database was not migrated");
        }
        DocumentNumber number = sequence.take(year);
        em.flush();
        return number;
    }
}
