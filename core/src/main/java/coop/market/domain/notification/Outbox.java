package coop.market.domain.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Emails waiting to go, and those that went. */
public interface Outbox {

    /** Adds it in the caller's transaction: it exists exactly when that transaction commits. */
    void add(OutgoingEmail email);

    Optional<OutgoingEmail> find(String id);

    /** Ids of pending emails whose time has come and that nobody holds, oldest first. */
    List<String> due(Instant now, int limit);

    /**
     * Takes an email for sending until {@code until}, if it is still pending, due and not held by
     * anyone else; decided by one conditional update, so two servers never both take it.
     *
     * @return whether this caller now holds it
     */
    boolean claim(String id, Instant now, Instant until);

    /** Every email about one thing (a booking, say), oldest first. */
    List<OutgoingEmail> about(String reference);
}
