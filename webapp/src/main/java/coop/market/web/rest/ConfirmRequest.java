package coop.market.web.rest;

import static coop.market.application.Jsonp.JSON;

import coop.market.application.LimitOverride;
import coop.market.domain.shared.FieldErrors;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * The optional body of {@code POST /bookings/{id}/confirm}: {@code {"override": true, "reason": "..."}} lets
 * staff confirm work over the member's earnings limit. The contract names the flag {@code override};
 * {@code overrideEarningsLimit} is read the same. No body, or no flag, confirms as always.
 */
final class ConfirmRequest {

    private static final String[] FLAGS = {"override", "overrideEarningsLimit"};

    private ConfirmRequest() {
    }

    /** Staff's override, or null when the body asks for none. */
    static LimitOverride override(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        JsonObject json;
        try (var reader = JSON.createReader(new StringReader(body))) {
            json = reader.readObject();
        }
        FieldErrors errors = new FieldErrors();
        boolean override = false;
        for (String flag : FLAGS) {
            JsonValue value = json.get(flag);
            if (value == null || value == JsonValue.NULL) {
                continue;
            }
            if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
                errors.add(flag, "Use true or false");
            }
            override |= value == JsonValue.TRUE;
        }
        JsonValue reason = json.get("reason");
        if (reason != null && reason != JsonValue.NULL && reason.getValueType() != JsonValue.ValueType.STRING) {
            errors.add("reason", "Write the reason as text");
        }
        errors.throwIfAny();
        if (!override) {
            return null;
        }
        return new LimitOverride(reason == null || reason == JsonValue.NULL ? null : json.getString("reason"));
    }
}
