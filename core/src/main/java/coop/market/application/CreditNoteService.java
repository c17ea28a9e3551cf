package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.invoicing.CreditNote;
import coop.market.domain.invoicing.CreditNotes;
import coop.market.domain.invoicing.DocumentKind;
import coop.market.domain.invoicing.DocumentNumbers;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoiceLine;
import coop.market.domain.invoicing.InvoicePostings;
import coop.market.domain.invoicing.InvoiceStatus;
import coop.market.domain.invoicing.Invoices;
import coop.market.domain.invoicing.LineShare;
import coop.market.domain.ledger.Ledger;
import coop.market.domain.notification.Outbox;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.Money;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Credit notes: staff take amounts off an issued invoice's unpaid lines, with a reason. In one database
 * transaction the invoice (locked) is credited, the credit note takes the next number of its own
 * sequence, the ledger is posted and the customer's email with the PDF goes into the outbox.
 */
@ApplicationScoped
@Transactional
public class CreditNoteService {

    static final int MAX_REASON = 500;

    @Inject
    Invoices invoices;

    @Inject
    CreditNotes creditNotes;

    @Inject
    InvoiceService visibleInvoices;

    @Inject
    CustomerRepository customers;

    @Inject
    DocumentNumbers numbers;

    @Inject
    InvoicingPolicies policies;

    @Inject
    Ledger ledger;

    @Inject
    Outbox outbox;

    @Inject
    CooperativeService cooperative;

    @Inject
    Clock clock;

    public CreditNote issue(String invoiceId, NewCreditNote request, Actor actor) {
        Permissions.requireStaff(actor, "issue credit notes");
        Invoice invoice = invoices.lock(invoiceId).orElseThrow(() -> new NotFoundException("Invoice", invoiceId));
        if (invoice.status() == InvoiceStatus.CREDITED) {
            throw new ConflictException("invoice-credited", "Invoice " + invoice.number() + " is already credited"
                    + " in full");
        }
        FieldErrors errors = new FieldErrors();
        errors.requireText("reason", request.reason(), MAX_REASON);
        List<LineShare> credits = credits(invoice, request.lines(), errors);
        errors.throwIfAny();
        return credit(invoice, credits, request.reason().strip(), actor.email());
    }

    /**
     * Credits what is still to pay on these lines of an invoice already locked: the credit note, its posting and
     * its e-mail. For a cancelled order paid for at checkout, credited by whoever cancelled it.
     */
    public CreditNote credit(Invoice invoice, List<LineShare> shares, String reason, String by) {
        List<LineShare> credits = invoice.credit(shares);
        CreditNote note = new CreditNote(Ids.newId(), nextNumber(), invoice, cooperative.today(), reason, credits,
                false, clock.instant(), by);
        creditNotes.add(note);
        ledger.post(InvoicePostings.credited(invoice, note, credits, Ids.newId(), clock.instant()));
        outbox.add(DocumentEmails.creditNote(note, invoice, customers.find(invoice.customerId()).orElseThrow(),
                cooperative.contact(), clock.instant()));
        return note;
    }

    /** The next credit note number, e.g. BME-CN-2027-00003. */
    String nextNumber() {
        return numbers.next(DocumentKind.CREDIT_NOTE, cooperative.today().getYear()).format(policies.prefix());
    }

    /** A credit note staff, or the invoice's customer, may see. */
    public CreditNote get(String id, Actor actor) {
        CreditNote note = creditNotes.find(id).orElseThrow(() -> new NotFoundException("Credit note", id));
        try {
            visibleInvoices.get(note.invoiceId(), actor);
        } catch (NotFoundException e) {
            throw new NotFoundException("Credit note", id);
        }
        return note;
    }

    /** The credit notes of an invoice the caller may see. */
    public List<CreditNote> ofInvoice(Invoice visibleInvoice) {
        return creditNotes.ofInvoice(visibleInvoice.id());
    }

    private static List<LineShare> credits(Invoice invoice, List<NewCreditNote.Line> lines, FieldErrors errors) {
        if (lines == null || lines.isEmpty()) {
            errors.add("lines", "Say which lines to credit, and by how much");
            return List.of();
        }
        String currency = invoice.total().currency().getCurrencyCode();
        List<LineShare> credits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String field = "lines[" + i + "]";
            NewCreditNote.Line asked = lines.get(i);
            Optional<InvoiceLine> line = asked == null ? Optional.empty() : invoice.line(asked.invoiceLineId());
            if (line.isEmpty()) {
                errors.add(field + ".invoiceLineId", "That is not a line of invoice " + invoice.number());
                continue;
            }
            if (!seen.add(line.get().id())) {
                errors.add(field + ".invoiceLineId", "Line " + line.get().lineNo() + " is named twice");
                continue;
            }
            if (asked.currency() != null && !asked.currency().strip().equalsIgnoreCase(currency)) {
                errors.add(field + ".amount.currency", "The invoice is in " + currency);
                continue;
            }
            if (asked.amountMinor() == null || asked.amountMinor() <= 0) {
                errors.add(field + ".amount.minor", "Enter an amount above nothing, in pence");
                continue;
            }
            Money amount = Money.ofMinor(asked.amountMinor(), currency);
            if (amount.isGreaterThan(line.get().outstanding())) {
                errors.add(field + ".amount.minor", "Line " + line.get().lineNo() + " has "
                        + PlainWords.money(line.get().outstanding()) + " unpaid. Money already paid is put right"
                        + " with a refund.");
                continue;
            }
            credits.add(new LineShare(line.get(), amount));
        }
        return credits;
    }
}
