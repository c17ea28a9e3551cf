package coop.market.domain.invoicing;

import java.util.List;
import java.util.Optional;

/** The credit notes issued against invoices. */
public interface CreditNotes {

    void add(CreditNote creditNote);

    Optional<CreditNote> find(String id);

    /** An invoice's credit notes, oldest first. */
    List<CreditNote> ofInvoice(String invoiceId);
}
