package coop.market.domain.notification;

/** Prints the document an email's attachment refers to ({@link Attachment#printedFrom()}), when it is sent. */
public interface AttachmentPrinter {

    /**
     * @throws IllegalArgumentException when there is no such document (the email then fails and is retried,
     *                                  and the failure is recorded on it)
     */
    byte[] print(String printedFrom);
}
