package coop.market.domain.notification;

import java.util.Set;

/**
 * Prints documents that emails attach by reference, when they are sent. Each printer says which kinds of
 * document it prints: the part of {@link Attachment#printedFrom()} before the colon ({@code invoice} in
 * {@code invoice:<id>}); the mail dispatcher hands each attachment to the printer of its kind.
 */
public interface AttachmentPrinter {

    /** The kinds of document it prints, e.g. {@code invoice} and {@code credit-note}. */
    Set<String> kinds();

    /**
     * @param kind one of {@link #kinds()}
     * @param id   the document's id, after the colon
     * @throws IllegalArgumentException when there is no such document (the email then fails and is retried,
     *                                  and the failure is recorded on it)
     */
    byte[] print(String kind, String id);
}
