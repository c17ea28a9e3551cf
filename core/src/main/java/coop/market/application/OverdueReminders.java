package coop.market.application;

import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.invoicing.Invoice;
import coop.market.domain.invoicing.InvoiceReminder;
import coop.market.domain.invoicing.Invoices;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.notification.Outbox;
import coop.market.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Reminds customers of overdue invoices, at 7 and at 21 days past the due date, once each: the
 * reminder row and the e-mail (in the outbox) are written in one transaction, and an invoice that is
 * already 21 days overdue when first noticed gets only the later reminder. Run by {@link BackgroundWork}.
 */
@ApplicationScoped
@Transactional
public class OverdueReminders {

    /** How many reminders one round sends at most; the next round sends the rest. */
    static final int BATCH = 200;


    @Inject
    Invoices invoices;

    @Inject
    CustomerRepository customers;

    @Inject
    Outbox outbox;

    @Inject
    CooperativeService cooperative;

    @Inject
    Clock clock;

    /** @return how many reminders were written to the outbox */
    public int send() {
        LocalDate today = cooperative.today();
        int sent = 0;
        for (int days : InvoiceReminder.STAGES) {
            for (Invoice invoice : invoices.needingReminder(days, today, BATCH)) {
                invoices.add(new InvoiceReminder(invoice.id(), days, clock.instant()));
                customers.find(invoice.customerId()).ifPresent(customer -> outbox.add(letter(invoice, customer, days)));
                sent++;
            }
        }
        return sent;
    }

    private OutgoingEmail letter(Invoice invoice, Customer customer, int days) {
        CoopContact contact = cooperative.contact();
        String body = "Dear " + customer.name() + ",\n\n"
                + "Our invoice " + invoice.number() + " of " + PlainWords.date(invoice.issueDate()) + " was due on "
                + PlainWords.date(invoice.dueDate()) + ". " + PlainWords.money(invoice.amountDue())
                + " of it is still to pay.\n\n"
                + "Please pay " + HowToPay.byTransfer(cooperative.bankAccount(), invoice.number())
                + ". If you have paid in the last few"
                + " days, thank you, and please ignore this reminder.\n\n"
                + "The work was done by members of " + contact.coopName() + ", who are paid from what you pay.\n\n"
                + DocumentEmails.signOff(contact);
        String subject = (days >= 21 ? "Second reminder: " : "Reminder: ") + "invoice " + invoice.number()
                + " is overdue";
        return new OutgoingEmail(Ids.newId(), "invoice.reminder", invoice.id(), customer.email(), customer.name(),
                subject, body, null, clock.instant());
    }
}
