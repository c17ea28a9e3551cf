package coop.market.web.rest;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes {@link SlotsDto} as JSON straight to the response with a streaming generator. The answer
 * is the same as JSON-B's ({"slots": [{"start": ..., "end": ...}, ...]}), but an availability
 * answer has hundreds of slots and is asked for on every listing page view, so it is written
 * without reflection and without building the whole text first.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class SlotsWriter implements MessageBodyWriter<SlotsDto> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return SlotsDto.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(SlotsDto slots, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) {
        // Flushed, not closed: the container owns the response stream.
        JsonGenerator json = Json.createGenerator(out);
        json.writeStartObject().writeStartArray("slots");
        for (SlotsDto.SlotDto slot : slots.slots()) {
            json.writeStartObject().write("start", slot.start()).write("end", slot.end()).writeEnd();
        }
        json.writeEnd().writeEnd().flush();
    }
}
