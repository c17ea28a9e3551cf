package coop.market.domain.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects every problem with an input before refusing it, so a person sees all of them at once.
 * Each check returns whether the value passed, so follow-on checks can be skipped.
 */
public final class FieldErrors {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public FieldErrors addAll(Collection<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    public boolean requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            add(field, "Please fill this in");
            return false;
        }
        if (value.strip().length() > maxLength) {
            add(field, "Please use " + maxLength + " characters or fewer");
            return false;
        }
        return true;
    }

    public boolean optionalText(String field, String value, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            add(field, "Please use " + maxLength + " characters or fewer");
            return false;
        }
        return true;
    }

    public boolean requireEmail(String field, String value) {
        if (!requireText(field, value, 254)) {
            return false;
        }
        if (!EMAIL.matcher(value.strip()).matches()) {
            add(field, "Please enter an e-mail address like name@example.org");
            return false;
        }
        return true;
    }

    public boolean require(String field, Object value) {
        if (value == null) {
            add(field, "Please fill this in");
            return false;
        }
        return true;
    }

    /**
     * A date written like 2027-04-06, or null: when left blank (an error only if {@code required}) or when it is
     * not a date (an error).
     */
    public LocalDate date(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(field, "Please fill this in");
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            add(field, "Use a date like 2027-04-06");
            return null;
        }
    }

    /**
     * One of the enum's values, named in any case; {@code whenBlank} when left blank (an error if that is null),
     * null with an error naming the choices when it is none of them.
     */
    public <E extends Enum<E>> E choice(String field, String text, Class<E> type, E whenBlank) {
        if (text == null || text.isBlank()) {
            if (whenBlank == null) {
                addChoices(field, type);
            }
            return whenBlank;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            addChoices(field, type);
            return null;
        }
    }

    private <E extends Enum<E>> void addChoices(String field, Class<E> type) {
        add(field, "Use one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    /** Refuses the input with every problem found, if there were any. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
