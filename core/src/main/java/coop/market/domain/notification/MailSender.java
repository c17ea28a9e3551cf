package coop.market.domain.notification;

/** Hands an email to the outside world (an SMTP server in production). */
public interface MailSender {

    /** Whether sending is set up at all; while it is not, emails wait in the outbox. */
    boolean configured();

    /** Sends it now, or says why not. */
    void send(OutgoingEmail email) throws DeliveryException;
}
