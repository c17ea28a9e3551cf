package coop.market.application;

import coop.market.domain.coop.PayeeAccount;
import coop.market.domain.customer.Customer;
import coop.market.domain.invoicing.CreditNote;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.notification.Attachment;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.shared.Ids;
import java.time.Instant;
import java.util.Optional;

/**
 * The emails that carry invoices and credit notes to customers, each with its PDF (printed when the email
 * is sent). Plain, short, and they say who did the work.
 */
final class DocumentEmails {

    private DocumentEmails() {
    }

    /** The invoice's e-mail; it says how to pay by bank transfer once the co-op has given its account. */
    static OutgoingEmail invoice(Invoice invoice, Customer customer, CoopContact contact,
            Optional<PayeeAccount> account, Instant now) {
        String howToPay = HowToPay.intoAccount(account, invoice.number()).map(words -> words + "\n\n").orElse("");
        String body = "Dear " + customer.name() + ",\n\n"
                + "Please find attached our invoice " + invoice.number() + " for " + PlainWords.money(invoice.total())
                + ". It is for work done by members of " + contact.coopName() + ".\n\n"
                + "Please pay by " + PlainWords.date(invoice.dueDate()) + ", quoting " + invoice.number()
                + ". The members are paid from what you pay.\n\n"
                + howToPay
                + signOff(contact);
        return new OutgoingEmail(Ids.newId(), "invoice.issued", invoice.id(), customer.email(), customer.name(),
                "Invoice " + invoice.number() + " from " + contact.coopName(), body,
                Attachment.printedPdf("Invoice " + invoice.number() + ".pdf", InvoiceDocuments.INVOICE, invoice.id()),
                now);
    }

    static OutgoingEmail creditNote(CreditNote note, Invoice invoice, Customer customer, CoopContact contact,
            Instant now) {
        String what = note.refunded().isPositive()
                ? PlainWords.money(note.refunded()) + " has been paid back to you."
                : "It takes " + PlainWords.money(note.total()) + " off what is due on that invoice. "
                        + PlainWords.money(invoice.amountDue()) + " is now due.";
        String body = "Dear " + customer.name() + ",\n\n"
                + "Please find attached credit note " + note.number() + " for " + PlainWords.money(note.total())
                + ", against our invoice " + invoice.number() + " of " + PlainWords.date(invoice.issueDate()) + ".\n\n"
                + "Reason: " + note.reason() + "\n\n"
                + what + "\n\n"
                + signOff(contact);
        return new OutgoingEmail(Ids.newId(), "credit-note.issued", note.id(), customer.email(), customer.name(),
                "Credit note " + note.number() + " from " + contact.coopName(), body,
                Attachment.printedPdf("Credit note " + note.number() + ".pdf",
                        InvoiceDocuments.CREDIT_NOTE, note.id()),
                now);
    }

    /** "Questions? Write to ... or call ...", and the co-op's name. */
    static String signOff(CoopContact contact) {
        return contact.questions() + "\n" + contact.coopName() + "\n";
    }
}
