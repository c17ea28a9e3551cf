package coop.market.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in integer minor units (pence for GBP) and its currency.
 *
 * <p>Immutable. Arithmetic never silently rounds: multiplying by a fraction needs an explicit
 * {@link RoundingMode}, and splitting an amount uses {@link #allocate(long...)} so the parts
 * always add back up to the whole. Overflow throws rather than wrapping.
 */
public final class Money implements Comparable<Money> {

    public static final Currency GBP = Currency.getInstance("GBP");

    private final long minor;
    private final Currency currency;

    private Money(long minor, Currency currency) {
        this.minor = minor;
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    public static Money ofMinor(long minor, Currency currency) {
        return new Money(minor, currency);
    }

    public static Money ofMinor(long minor, String currencyCode) {
        return new Money(minor, currencyOf(currencyCode));
    }

    public static Money gbp(long pence) {
        return new Money(pence, GBP);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Reads a decimal amount such as "12.50"; more decimals than the currency has is an error. */
    public static Money parse(String amount, Currency currency) {
        BigDecimal decimal = new BigDecimal(amount.trim());
        BigDecimal scaled = decimal.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
        return new Money(scaled.unscaledValue().longValueExact(), currency);
    }

    /** A currency from its ISO 4217 code, or an {@link IllegalArgumentException} naming it. */
    public static Currency currencyOf(String code) {
        try {
            return Currency.getInstance(Objects.requireNonNull(code, "currency code"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown currency: " + code, e);
        }
    }

    public long minor() {
        return minor;
    }

    public Currency currency() {
        return currency;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money times(long factor) {
        return new Money(Math.multiplyExact(minor, factor), currency);
    }

    /** Multiplies by any factor (a fraction of an hour, a percentage) with the rounding stated. */
    public Money times(BigDecimal factor, RoundingMode rounding) {
        BigDecimal exact = BigDecimal.valueOf(minor).multiply(factor);
        return new Money(exact.setScale(0, rounding).longValueExact(), currency);
    }

    public Money negated() {
        return new Money(Math.negateExact(minor), currency);
    }

    /**
     * Splits this amount into parts in proportion to the given ratios. The parts always add up
     * to exactly this amount: the pence left over after rounding down go one each to the parts
     * with the largest remainders (earliest first on ties), so no penny is made or lost.
     */
    public Money[] allocate(long... ratios) {
        if (ratios.length == 0) {
            throw new IllegalArgumentException("Allocation needs at least one ratio");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (long ratio : ratios) {
            if (ratio < 0) {
                throw new IllegalArgumentException("Allocation ratios cannot be negative: " + ratio);
            }
            total = total.add(BigDecimal.valueOf(ratio));
        }
        if (total.signum() == 0) {
            throw new IllegalArgumentException("Allocation ratios cannot all be zero");
        }
        long sign = minor < 0 ? -1 : 1;
        BigDecimal whole = BigDecimal.valueOf(minor).abs();
        long[] parts = new long[ratios.length];
        BigDecimal[] remainders = new BigDecimal[ratios.length];
        long allocated = 0;
        for (int i = 0; i < ratios.length; i++) {
            BigDecimal[] division = whole.multiply(BigDecimal.valueOf(ratios[i])).divideAndRemainder(total);
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            allocated += parts[i];
        }
        long leftOver = whole.longValueExact() - allocated;
        for (long penny = 0; penny < leftOver; penny++) {
            int best = -1;
            for (int i = 0; i < ratios.length; i++) {
                if (remainders[i].signum() > 0 && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            parts[best]++;
            remainders[best] = BigDecimal.ZERO;
        }
        Money[] result = new Money[ratios.length];
        for (int i = 0; i < ratios.length; i++) {
            result[i] = new Money(sign * parts[i], currency);
        }
        return result;
    }

    public boolean isZero() {
        return minor == 0;
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public boolean isPositive() {
        return minor > 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** The amount as a decimal in major units, e.g. 12.50 for 1250 pence. For display only. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits());
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "Cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money other && minor == other.minor && currency.equals(other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(minor, currency);
    }

    /** For logs and tests: "GBP 12.50". */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + toDecimal().toPlainString();
    }
}
