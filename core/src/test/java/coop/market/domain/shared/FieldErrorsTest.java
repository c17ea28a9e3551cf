package coop.market.domain.shared;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldErrorsTest {

    private final FieldErrors errors = new FieldErrors();

    @Test
    void startsEmptyAndThrowsNothing() {
        assertTrue(errors.isEmpty());
        assertEquals(List.of(), errors.list());
        assertDoesNotThrow(errors::throwIfAny);
    }

    @Test
    void requiredTextMustBePresentAndNotTooLong() {
        assertTrue(errors.requireText("name", "Ann", 3));
        assertTrue(errors.requireText("name", "  Ann  ", 3), "surrounding spaces do not count");
        assertTrue(errors.isEmpty());

        assertFalse(errors.requireText("a", null, 10));
        assertFalse(errors.requireText("b", "   ", 10));
        assertFalse(errors.requireText("c", "Annie", 3));
        assertEquals(List.of(
                new FieldError("a", "Please fill this in"),
                new FieldError("b", "Please fill this in"),
                new FieldError("c", "Please use 3 characters or fewer")), errors.list());
    }

    @Test
    void optionalTextMayBeMissingButNotTooLong() {
        assertTrue(errors.optionalText("line2", null, 5));
        assertTrue(errors.optionalText("line2", "", 5));
        assertFalse(errors.optionalText("line2", "too long", 5));
        assertEquals(List.of(new FieldError("line2", "Please use 5 characters or fewer")), errors.list());
    }

    @Test
    void emailMustLookLikeAnAddress() {
        assertTrue(errors.requireEmail("email", " ann@example.org "));
        assertFalse(errors.requireEmail("email", "ann.example.org"));
        assertFalse(errors.requireEmail("email", "ann@example"));
        assertFalse(errors.requireEmail("email", "ann smith@example.org"));
        assertFalse(errors.requireEmail("email", ""));
        List<FieldError> found = errors.list();
        assertEquals(4, found.size());
        assertEquals("Please enter an e-mail address like name@example.org", found.get(0).message());
        assertEquals("Please fill this in", found.get(3).message(), "an empty address is reported once, as missing");
    }

    @Test
    void requireRejectsOnlyNull() {
        assertTrue(errors.require("count", 0));
        assertFalse(errors.require("count", null));
        assertEquals(List.of(new FieldError("count", "Please fill this in")), errors.list());
    }

    @Test
    void throwsEveryProblemAtOnce() {
        errors.add("a", "first").addAll(List.of(new FieldError("b", "second"), new FieldError("c", "third")));
        InvalidInputException e = assertThrows(InvalidInputException.class, errors::throwIfAny);
        assertEquals(List.of("a", "b", "c"), e.errors().stream().map(FieldError::field).toList());
        assertEquals("3 fields need attention", e.getMessage());
    }

    @Test
    void aSingleProblemIsNamedInTheMessage() {
        errors.add("email", "Please fill this in");
        InvalidInputException e = assertThrows(InvalidInputException.class, errors::throwIfAny);
        assertEquals("email: Please fill this in", e.getMessage());
    }

    @Test
    void theListIsASnapshot() {
        errors.add("a", "first");
        List<FieldError> snapshot = errors.list();
        errors.add("b", "second");
        assertEquals(1, snapshot.size());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.add(new FieldError("x", "y")));
    }
}
