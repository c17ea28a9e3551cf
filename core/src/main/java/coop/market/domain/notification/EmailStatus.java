package coop.market.domain.notification;

/** Where an outgoing email is in its life. */
public enum EmailStatus {
    /** Waiting to be sent, for the first time or again after a failure. */
    PENDING,
    /** Accepted by the mail server. */
    SENT,
    /** Given up after too many failed attempts; staff should look at it. */
    FAILED
}
