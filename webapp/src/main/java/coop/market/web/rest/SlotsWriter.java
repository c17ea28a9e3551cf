package coop.market.web.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@link SlotsDto} as JSON straight to the response. The answer is the same as JSON-B's
 * ({"slots": [{"start": ..., "end": ...}, ...]}), but an availability answer has hundreds of slots
 * and is asked for on every listing page view, so it is written as ASCII text in one go: the values
 * are local date-times from {@link Times}, digits and punctuation that JSON never escapes (checked
 * here all the same, so a change there cannot produce broken JSON).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SlotsWriter implements MessageBodyWriter<SlotsDto> {

    /** Room for one slot: {"start":"2027-03-28T09:00:00+01:00","end":"2027-03-28T10:00:00+01:00"}, */
    private static final int CHARS_PER_SLOT = 80;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return SlotsDto.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(SlotsDto slots, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        StringBuilder json = new StringBuilder(20 + CHARS_PER_SLOT * slots.slots().size()).append("{\"slots\":[");
        String separator = "";
        for (SlotsDto.SlotDto slot : slots.slots()) {
            json.append(separator).append("{\"start\":\"").append(plain(slot.start()))
                    .append("\",\"end\":\"").append(plain(slot.end())).append("\"}");
            separator = ",";
        }
        // Not closed: the container owns the response stream.
        out.write(json.append("]}").toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** The text itself, if JSON needs no escapes for it. */
    private static String plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                throw new IllegalStateException("Not a plain date-time: " + text);
            }
        }
        return text;
    }
}
