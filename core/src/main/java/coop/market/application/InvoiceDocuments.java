package coop.market.application;

import coop.market.domain.coop.Cooperative;
import coop.market.domain.invoicing.BilledTo;
import coop.market.domain.invoicing.CreditNote;
import coop.market.domain.invoicing.CreditNoteLine;
import coop.market.domain.invoicing.CreditNotes;
import coop.market.domain.invoicing.DocumentKind;
import coop.market.domain.invoicing.DocumentLine;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoiceDocument;
import coop.market.domain.invoicing.InvoiceLine;
import coop.market.domain.invoicing.InvoicePrinter;
import coop.market.domain.invoicing.Invoices;
import coop.market.domain.invoicing.Party;
import coop.market.domain.invoicing.VatRate;
import coop.market.domain.notification.AttachmentPrinter;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Invoices and credit notes as documents: what is printed on them (every field a UK invoice needs) and
 * their PDFs, for downloading and for attaching to emails when they are sent ({@code invoice:<id>},
 * {@code credit-note:<id>}).
 */
@ApplicationScoped
@Transactional
public class InvoiceDocuments implements AttachmentPrinter {

    static final String INVOICE = "invoice";

    static final String CREDIT_NOTE = "credit-note";

    @Inject
    Invoices invoices;

    @Inject
    CreditNotes creditNotes;

    @Inject
    CooperativeService cooperative;

    @Inject
    InvoicePrinter printer;

    /** The invoice's PDF; the caller has checked who may see it. */
    public byte[] pdf(Invoice invoice) {
        return printer.pdf(document(invoice));
    }

    /** The credit note's PDF; the caller has checked who may see its invoice. */
    public byte[] pdf(CreditNote note) {
        Invoice invoice = invoices.find(note.invoiceId()).orElseThrow();
        return printer.pdf(document(note, invoice));
    }

    @Override
    public Set<String> kinds() {
        return Set.of(INVOICE, CREDIT_NOTE);
    }

    @Override
    public byte[] print(String kind, String id) {
        if (kind.equals(INVOICE)) {
            return pdf(invoices.find(id).orElseThrow(() -> new IllegalArgumentException("No invoice " + id)));
        }
        return pdf(creditNotes.find(id).orElseThrow(() -> new IllegalArgumentException("No credit note " + id)));
    }

    InvoiceDocument document(Invoice invoice) {
        List<DocumentLine> lines = invoice.lines().stream()
                .map(line -> line(line.description(), line, line.quantity(), line.unitPrice(), line.total(),
                        line.vat()))
                .toList();
        String coopName = supplier().name();
        boolean coopsOwn = invoice.lines().stream().anyMatch(line -> line.source().coopsOwn());
        Optional<String> howToPay = HowToPay.intoAccount(cooperative.bankAccount(), invoice.number());
        String pay = "Please pay " + PlainWords.money(invoice.amountDue()) + " by "
                + PlainWords.date(invoice.dueDate());
        List<String> notes = new ArrayList<>();
        notes.add(howToPay.isPresent() ? pay + "." : pay + ", quoting " + invoice.number() + ".");
        howToPay.ifPresent(notes::add);
        notes.add((coopsOwn ? "Each line naming a member was supplied by that member of " + coopName + "; delivery is"
                        + " the co-operative's own." : "Each line was supplied by the member of " + coopName
                        + " named on it.") + " The co-operative invoices and collects payment on its members' behalf.");
        return new InvoiceDocument(DocumentKind.INVOICE, invoice.number(), invoice.issueDate(), invoice.dueDate(),
                supplier(), supplierNotes(), invoice.vatNumber().orElse(null), customer(invoice.billedTo()), null,
                lines, invoice.netTotal(), invoice.vatTotal(), invoice.total(), invoice.amountDue(), notes);
    }

    InvoiceDocument document(CreditNote note, Invoice invoice) {
        List<DocumentLine> lines = new ArrayList<>();
        Money net = Money.zero(note.total().currency());
        for (CreditNoteLine credited : note.lines()) {
            InvoiceLine line = invoice.line(credited.invoiceLineId()).orElseThrow();
            lines.add(line("Credit: " + line.description(), line, BigDecimal.ONE, credited.net(), credited.net(),
                    credited.amount().minus(credited.net())));
            net = net.plus(credited.net());
        }
        List<String> notes = new ArrayList<>();
        notes.add("Reason: " + note.reason());
        if (note.refunded().isPositive()) {
            notes.add(PlainWords.money(note.refunded()) + " has been paid back to you.");
        } else {
            notes.add("This reduces what is due on invoice " + invoice.number() + ".");
        }
        return new InvoiceDocument(DocumentKind.CREDIT_NOTE, note.number(), note.issueDate(), null, supplier(),
                supplierNotes(), invoice.vatNumber().orElse(null), customer(invoice.billedTo()),
                "Against invoice " + invoice.number() + " of " + PlainWords.date(invoice.issueDate()), lines,
                net, note.total().minus(net), note.total(), null, notes);
    }

    private static DocumentLine line(String description, InvoiceLine line, BigDecimal quantity, Money unitPrice,
            Money total, Money vat) {
        return new DocumentLine(description, line.source().coopsOwn() ? null : line.memberName(), line.supplyDate(),
                quantity, unitPrice, total,
                line.vatRate().map(VatRate::percent).orElse(null), vat);
    }

    private Party supplier() {
        return Letterhead.of(coop());
    }

    private List<String> supplierNotes() {
        return Letterhead.legalLines(coop());
    }

    private Cooperative coop() {
        return cooperative.current().orElseThrow(() -> new IllegalStateException("The co-op is not set up yet"));
    }

    /** The customer as the invoice was made out to them: a later change of their details never shows here. */
    private static Party customer(BilledTo billed) {
        List<String> lines = new ArrayList<>();
        billed.organisation().ifPresent(organisation -> lines.add(organisation.strip()));
        lines.addAll(Letterhead.addressLines(billed.address()));
        return new Party(billed.name(), lines, billed.email(), null);
    }
}
