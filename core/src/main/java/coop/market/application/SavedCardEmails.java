package coop.market.application;

import coop.market.domain.customer.Customer;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.notification.OutgoingEmail;
import java.time.Instant;

/** The e-mail saying a saved card was refused, in easy words: nothing was taken, and how to pay instead. */
final class SavedCardEmails {

    private SavedCardEmails() {
    }

    static OutgoingEmail refused(Invoice invoice, Customer customer, String card, CoopContact contact, Instant now,
            String id) {
        String body = "Dear " + customer.name() + ",\n\n"
                + "We tried to take " + PlainWords.money(invoice.amountDue()) + " for our invoice " + invoice.number()
                + " from " + card + ". Your bank did not let us. No money was taken.\n\n"
                + "Please pay the invoice yourself by " + PlainWords.date(invoice.dueDate()) + ". Sign in to your"
                + " account with us and choose Pay beside the invoice. Or pay by bank transfer, quoting "
                + invoice.number() + ".\n\n"
                + DocumentEmails.signOff(contact);
        return new OutgoingEmail(id, "invoice.card-refused", invoice.id(), customer.email(), customer.name(),
                "We could not take the money for invoice " + invoice.number(), body, null, now);
    }
}
