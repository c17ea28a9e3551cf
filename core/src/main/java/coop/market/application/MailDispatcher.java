package coop.market.application;

import coop.market.domain.notification.Attachment;
import coop.market.domain.notification.DeliveryException;
import coop.market.domain.notification.MailSender;
import coop.market.domain.notification.OutgoingEmail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what is due in the outbox: takes each email (so no other server sends it too), hands it
 * to the mail server outside any transaction, then records that it went or why it did not. An
 * email is sent at least once; a crash between sending and recording could send it twice, never
 * lose it. A document attached by reference (an invoice's PDF) is printed just before sending, by the printer
 * of its kind.
 */
@ApplicationScoped
public class MailDispatcher {

    /** How many emails one round sends at most, so a backlog is worked through in steps. */
    static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());

    @Inject
    OutboxWork work;

    @Inject
    MailSender sender;

    @Inject
    AttachmentPrinters printers;

    protected MailDispatcher() {
    }

    MailDispatcher(OutboxWork work, MailSender sender, AttachmentPrinters printers) {
        this.work = work;
        this.sender = sender;
        this.printers = printers;
    }

    /** @return how many emails went in this round */
    public int sendDue() {
        if (!sender.configured()) {
            return 0;
        }
        int sent = 0;
        for (String id : work.due(BATCH)) {
            Optional<OutgoingEmail> taken = work.take(id);
            if (taken.isEmpty()) {
                continue;
            }
            try {
                OutgoingEmail email = taken.get();
                email.attachment().filter(Attachment::printed)
                        .ifPresent(file -> email.printed(printers.print(file.printedFrom())));
                sender.send(email);
                work.sent(id);
                sent++;
            } catch (DeliveryException | RuntimeException e) {
                LOG.log(Level.WARNING, "Email " + id + " was not sent; it will be tried again: " + e.getMessage());
                work.failed(id, e.getMessage());
            }
        }
        return sent;
    }
}
