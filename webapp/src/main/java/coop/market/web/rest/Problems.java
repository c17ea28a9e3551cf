package coop.market.web.rest;

import static coop.market.application.Jsonp.JSON;

import coop.market.domain.shared.FieldError;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * RFC 9457 problem documents: every error the API returns is one of these, with a status, a
 * title, a detail in plain words and, for invalid input, the field errors.
 */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response response(int status, String title, String detail, String kind) {
        return response(status, title, detail, kind, List.of());
    }

    public static Response response(int status, String title, String detail, String kind, List<FieldError> errors) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(json(status, title, detail, kind, errors))
                .build();
    }

    public static String json(int status, String title, String detail, String kind) {
        return json(status, title, detail, kind, List.of());
    }

    /** A problem with extension members (RFC 9457 section 3.2), e.g. the period an earnings limit refusal is about. */
    public static Response response(int status, String title, String detail, String kind, JsonObject extensions) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(json(status, title, detail, kind, List.of(), extensions))
                .build();
    }

    public static String json(int status, String title, String detail, String kind, List<FieldError> errors) {
        return json(status, title, detail, kind, errors, JsonValue.EMPTY_JSON_OBJECT);
    }

    private static String json(int status, String title, String detail, String kind, List<FieldError> errors,
            JsonObject extensions) {
        JsonObjectBuilder problem = JSON.createObjectBuilder(extensions)
                .add("type", "/problems/" + kind)
                .add("status", status)
                .add("title", title)
                .add("detail", detail == null ? title : detail);
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            errors.forEach(e -> list.add(JSON.createObjectBuilder().add("field", e.field()).add("message", e.message())));
            problem.add("errors", list);
        }
        return problem.build().toString();
    }
}
