package coop.market.domain.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void addsSubtractsAndMultipliesInMinorUnits() {
        assertEquals(Money.gbp(1750), Money.gbp(1250).plus(Money.gbp(500)));
        assertEquals(Money.gbp(-250), Money.gbp(250).minus(Money.gbp(500)));
        assertEquals(Money.gbp(4500), Money.gbp(1500).times(3));
        assertEquals(Money.gbp(-1500), Money.gbp(1500).negated());
    }

    @Test
    void refusesToCombineDifferentCurrencies() {
        Money pounds = Money.gbp(100);
        Money euros = Money.ofMinor(100, EUR);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> pounds.plus(euros));
        assertEquals("Cannot combine GBP with EUR", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pounds.minus(euros));
        assertThrows(IllegalArgumentException.class, () -> pounds.compareTo(euros));
    }

    @Test
    void overflowThrowsRatherThanWrapping() {
        Money most = Money.gbp(Long.MAX_VALUE);
        assertThrows(ArithmeticException.class, () -> most.plus(Money.gbp(1)));
        assertThrows(ArithmeticException.class, () -> Money.gbp(Long.MIN_VALUE).minus(Money.gbp(1)));
        assertThrows(ArithmeticException.class, () -> most.times(2));
        assertThrows(ArithmeticException.class, () -> Money.gbp(Long.MIN_VALUE).negated());
        assertThrows(ArithmeticException.class, () -> most.times(new BigDecimal("1.5"), RoundingMode.HALF_UP));
    }

    @Test
    void multipliesByAFractionWithTheRoundingAskedFor() {
        // £15.00 an hour for two and a half hours is exactly £37.50: nothing to round.
        assertEquals(Money.gbp(3750), Money.gbp(1500).times(new BigDecimal("2.5"), RoundingMode.UNNECESSARY));

        // 1001p * 0.5 = 500.5p: the rounding mode decides the half penny.
        Money amount = Money.gbp(1001);
        BigDecimal half = new BigDecimal("0.5");
        assertEquals(Money.gbp(501), amount.times(half, RoundingMode.HALF_UP));
        assertEquals(Money.gbp(500), amount.times(half, RoundingMode.HALF_EVEN));
        assertEquals(Money.gbp(500), amount.times(half, RoundingMode.DOWN));
        assertEquals(Money.gbp(-501), amount.negated().times(half, RoundingMode.HALF_UP));
    }

    @Test
    void multiplyingByAFractionNeverRoundsSilently() {
        assertThrows(ArithmeticException.class,
                () -> Money.gbp(1001).times(new BigDecimal("0.5"), RoundingMode.UNNECESSARY));
    }

    @Test
    void parsesDecimalAmounts() {
        assertEquals(Money.gbp(1250), Money.parse("12.50", Money.GBP));
        assertEquals(Money.gbp(1250), Money.parse(" 12.5 ", Money.GBP));
        assertEquals(Money.gbp(1200), Money.parse("12", Money.GBP));
        assertEquals(Money.gbp(-5), Money.parse("-0.05", Money.GBP));
        assertEquals(Money.ofMinor(1500, JPY), Money.parse("1500", JPY), "yen have no minor unit");
    }

    @Test
    void parsingMorePrecisionThanTheCurrencyHasIsAnError() {
        assertThrows(ArithmeticException.class, () -> Money.parse("12.505", Money.GBP));
        assertThrows(ArithmeticException.class, () -> Money.parse("1500.5", JPY));
        assertThrows(NumberFormatException.class, () -> Money.parse("twelve", Money.GBP));
    }

    @Test
    void namesUnknownCurrencies() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.ofMinor(1, "XYZ1"));
        assertEquals("Unknown currency: XYZ1", e.getMessage());
        assertEquals(EUR, Money.currencyOf("EUR"));
    }

    @Test
    void printsCurrencyAndDecimalAmount() {
        assertEquals("GBP 12.50", Money.gbp(1250).toString());
        assertEquals("GBP 0.05", Money.gbp(5).toString());
        assertEquals("GBP -0.05", Money.gbp(-5).toString());
        assertEquals("JPY 1500", Money.ofMinor(1500, JPY).toString());
        assertEquals(new BigDecimal("12.50"), Money.gbp(1250).toDecimal());
    }

    @Test
    void equalityNeedsSameAmountAndCurrency() {
        assertEquals(Money.gbp(100), Money.ofMinor(100, "GBP"));
        assertEquals(Money.gbp(100).hashCode(), Money.ofMinor(100, Money.GBP).hashCode());
        assertFalse(Money.gbp(100).equals(Money.ofMinor(100, EUR)));
        assertFalse(Money.gbp(100).equals(Money.gbp(101)));
    }

    @Test
    void comparesAndDescribesSign() {
        assertTrue(Money.gbp(2).isGreaterThan(Money.gbp(1)));
        assertFalse(Money.gbp(1).isGreaterThan(Money.gbp(1)));
        assertTrue(Money.zero(Money.GBP).isZero());
        assertTrue(Money.gbp(-1).isNegative());
        assertTrue(Money.gbp(1).isPositive());
        assertFalse(Money.zero(Money.GBP).isPositive());
        assertFalse(Money.zero(Money.GBP).isNegative());
    }

    @Test
    void allocationGivesLeftOverPenniesToTheLargestRemaindersEarliestFirst() {
        assertArrayEquals(new Money[] {Money.gbp(34), Money.gbp(33), Money.gbp(33)}, Money.gbp(100).allocate(1, 1, 1));
        assertArrayEquals(new Money[] {Money.gbp(-34), Money.gbp(-33), Money.gbp(-33)},
                Money.gbp(-100).allocate(1, 1, 1));
        // Exact shares 1.5p and 3.5p: equal remainders, so the earlier part gets the penny.
        assertArrayEquals(new Money[] {Money.gbp(2), Money.gbp(3)}, Money.gbp(5).allocate(3, 7));
        // Exact shares 0.3p, 0.6p, 0.1p: the single penny goes to the largest remainder.
        assertArrayEquals(new Money[] {Money.gbp(0), Money.gbp(1), Money.gbp(0)}, Money.gbp(1).allocate(3, 6, 1));
        assertArrayEquals(new Money[] {Money.gbp(0), Money.gbp(100)}, Money.gbp(100).allocate(0, 5));
    }

    @Test
    void allocationKeepsTheCurrency() {
        for (Money part : Money.ofMinor(1000, EUR).allocate(1, 2)) {
            assertEquals(EUR, part.currency());
        }
    }

    @Test
    void allocationRefusesBadRatios() {
        Money amount = Money.gbp(100);
        assertThrows(IllegalArgumentException.class, amount::allocate);
        assertThrows(IllegalArgumentException.class, () -> amount.allocate(0, 0));
        assertThrows(IllegalArgumentException.class, () -> amount.allocate(1, -1));
    }

    @Test
    void allocatingTheMostNegativeAmountOverflowsLoudly() {
        // |Long.MIN_VALUE| does not fit in a long; the class promises overflow throws, not wraps.
        assertThrows(ArithmeticException.class, () -> Money.gbp(Long.MIN_VALUE).allocate(1, 1));
    }
}
