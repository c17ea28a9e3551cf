package coop.market.domain.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

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
