package coop.market.web.faces;

import coop.market.domain.shared.FieldError;
import java.util.List;

/** The problems found in a form, as the pages show them: one message beside each field. */
final class FormErrors {

    private FormErrors() {
    }

    /** The first message for the field, or null when it has none. */
    static String messageFor(List<FieldError> errors, String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst().orElse(null);
    }
}
