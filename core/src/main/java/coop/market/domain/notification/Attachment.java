package coop.market.domain.notification;

import java.util.Objects;

/**
 * A file sent with an email: either text written when the email is (such as a calendar entry,
 * {@code booking.ics}), or a document printed when the email is sent ({@code printedFrom} names it, e.g.
 * {@code invoice:<id>}), so writing thousands of emails in an invoice run prints nothing.
 *
 * @param fileName    what the recipient sees, e.g. {@code booking.ics}
 * @param contentType its MIME type without parameters, e.g. {@code text/calendar}
 * @param text        its content, sent as UTF-8 (empty for a printed document)
 * @param printedFrom the document to print when sending, or null for text
 */
public record Attachment(String fileName, String contentType, String text, String printedFrom) {

    public static final String CALENDAR = "text/calendar";

    public static final String PDF = "application/pdf";

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(text, "text");
    }

    public Attachment(String fileName, String contentType, String text) {
        this(fileName, contentType, text, null);
    }

    /**
     * A PDF printed when the email is sent, from the document of this kind and id ({@code invoice:<id>}), by
     * the {@link AttachmentPrinter} of that kind.
     */
    public static Attachment printedPdf(String fileName, String kind, String id) {
        return new Attachment(fileName, PDF, "",
                Objects.requireNonNull(kind, "kind") + ":" + Objects.requireNonNull(id, "id"));
    }

    public boolean printed() {
        return printedFrom != null;
    }
}
