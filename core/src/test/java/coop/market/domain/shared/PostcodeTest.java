package coop.market.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @Test
    void tidiesAFullPostcodeToUpperCaseWithOneSpace() {
        assertEquals(Optional.of("BR5 3AB"), Postcode.normaliseFull("br5 3ab"));
        assertEquals(Optional.of("BR5 3AB"), Postcode.normaliseFull("  BR5   3AB "));
        assertEquals(Optional.of("BR5 3AB"), Postcode.normaliseFull("br53ab"));
        assertEquals(Optional.of("SW1A 1AA"), Postcode.normaliseFull("sw1a 1aa"));
        assertEquals(Optional.of("M1 1AE"), Postcode.normaliseFull("M1 1AE"));
    }

    @Test
    void anOutwardCodeAloneIsNotAFullPostcode() {
        assertEquals(Optional.empty(), Postcode.normaliseFull("BR5"));
    }

    @Test
    void findsTheOutwardCodeOfAFullPostcode() {
        assertEquals(Optional.of("BR5"), Postcode.outwardCode("br5 3ab"));
        assertEquals(Optional.of("SW1A"), Postcode.outwardCode("SW1A1AA"));
        assertEquals(Optional.of("M1"), Postcode.outwardCode("m1 1ae"));
    }

    @Test
    void acceptsAnOutwardCodeOnItsOwn() {
        assertEquals(Optional.of("BR5"), Postcode.outwardCode("BR5"));
        assertEquals(Optional.of("BR5"), Postcode.outwardCode(" br5 "));
        assertEquals(Optional.of("EC1A"), Postcode.outwardCode("ec1a"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "hello", "12345", "BR5 3AB extra", "B", "BR5 3A", "BR5 AAB", "BR5-3AB", "BR5 3AB1",
        "ABC1 1AA"})
    void rejectsJunk(String text) {
        assertTrue(Postcode.normaliseFull(text).isEmpty(), "full: " + text);
        assertTrue(Postcode.outwardCode(text).isEmpty(), "outward: " + text);
    }
}
