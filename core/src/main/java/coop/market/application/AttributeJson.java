package coop.market.application;

import static coop.market.application.Jsonp.JSON;

import coop.market.domain.shared.Money;
import coop.market.spi.AttributeValues;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores checked trade attributes as JSON text and reads them back as the raw values
 * {@link AttributeValues#parse} expects, so stored values are re-checked against the trade's
 * current definitions when read.
 */
public final class AttributeJson {

    private AttributeJson() {
    }

    public static String write(AttributeValues values) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        values.asMap().forEach((name, value) -> object.add(name, toJson(value)));
        return object.build().toString();
    }

    public static Map<String, Object> read(String json) {
        JsonObject object;
        try (var reader = JSON.createReader(new StringReader(json))) {
            object = reader.readObject();
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        object.forEach((name, value) -> raw.put(name, fromJson(value)));
        return raw;
    }

    private static JsonValue toJson(Object value) {
        if (value instanceof Long number) {
            return JSON.createValue(number);
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof String text) {
            return JSON.createValue(text);
        }
        if (value instanceof Money money) {
            return JSON.createObjectBuilder()
                    .add("minor", money.minor())
                    .add("currency", money.currency().getCurrencyCode())
                    .build();
        }
        if (value instanceof List<?> list) {
            JsonArrayBuilder array = JSON.createArrayBuilder();
            list.forEach(item -> array.add(toJson(item)));
            return array.build();
        }
        throw new IllegalArgumentException("Cannot store attribute value " + value);
    }

    private static Object fromJson(JsonValue value) {
        return switch (value.getValueType()) {
            case NUMBER -> ((JsonNumber) value).longValueExact();
            case STRING -> ((JsonString) value).getString();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case ARRAY -> {
                List<Object> items = new ArrayList<>();
                ((JsonArray) value).forEach(item -> items.add(fromJson(item)));
                yield items;
            }
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                ((JsonObject) value).forEach((k, v) -> map.put(k, fromJson(v)));
                yield map;
            }
            case NULL -> null;
        };
    }
}
