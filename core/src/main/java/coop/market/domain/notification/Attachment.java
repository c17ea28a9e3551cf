package coop.market.domain.notification;

import java.util.Objects;

/**
 * A text file sent with an email, such as a calendar entry ({@code booking.ics}).
 *
 * @param fileName    what the recipient sees, e.g. {@code booking.ics}
 * @param contentType its MIME type without parameters, e.g. {@code text/calendar}
 * @param text        its content, sent as UTF-8
 */
public record Attachment(String fileName, String contentType, String text) {

    public static final String CALENDAR = "text/calendar";

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(text, "text");
    }
}
