package coop.market.spi;

import coop.market.domain.shared.Money;
import java.util.List;
import java.util.Objects;

/**
 * One option a trade offers on its listings or on a booking or order, e.g. "bedrooms" for
 * cleaning. Every attribute has a default, so leaving it out is always valid.
 *
 * @param name         the key used in the API, e.g. {@code bedrooms}
 * @param label        the words a person sees, e.g. "Number of bedrooms"
 * @param type         what kind of value it holds
 * @param required     whether the value must be given explicitly (rare: defaults usually do)
 * @param defaultValue the value used when none is given: Long, Boolean, String, List of String
 *                     or Money according to the type
 * @param min          smallest allowed number (INTEGER, MONEY in minor units), or null
 * @param max          largest allowed number (INTEGER, MONEY in minor units), or null
 * @param choices      allowed values for CHOICE and CHOICES, otherwise empty
 * @param maxLength    longest allowed text for TEXT, or null
 */
public record AttributeDefinition(String name, String label, AttributeType type, boolean required,
        Object defaultValue, Long min, Long max, List<String> choices, Integer maxLength) {

    public AttributeDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static AttributeDefinition integer(String name, String label, long defaultValue, long min, long max) {
        return new AttributeDefinition(name, label, AttributeType.INTEGER, false, defaultValue, min, max, null, null);
    }

    public static AttributeDefinition yesNo(String name, String label, boolean defaultValue) {
        return new AttributeDefinition(name, label, AttributeType.BOOLEAN, false, defaultValue, null, null, null, null);
    }

    public static AttributeDefinition text(String name, String label, int maxLength) {
        return new AttributeDefinition(name, label, AttributeType.TEXT, false, "", null, null, null, maxLength);
    }

    public static AttributeDefinition choice(String name, String label, String defaultValue, List<String> choices) {
        return new AttributeDefinition(name, label, AttributeType.CHOICE, false, defaultValue, null, null, choices,
                null);
    }

    public static AttributeDefinition choices(String name, String label, List<String> defaultValue,
            List<String> choices) {
        return new AttributeDefinition(name, label, AttributeType.CHOICES, false, List.copyOf(defaultValue), null, null,
                choices, null);
    }

    /** A money attribute, bounded in minor units, defaulting to the given amount. */
    public static AttributeDefinition money(String name, String label, Money defaultValue, long maxMinor) {
        return new AttributeDefinition(name, label, AttributeType.MONEY, false, defaultValue, 0L, maxMinor, null,
                null);
    }
}
