package coop.market.domain.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** What {@link Money#allocate} promises for any amount and any sensible ratios. */
class MoneyAllocationProperties {

    private static final long MAX_RATIO = 1_000_000;

    @Property
    void partsAddUpExactlyToTheWhole(@ForAll("amounts") long amount, @ForAll("ratios") long[] ratios) {
        Money[] parts = Money.gbp(amount).allocate(ratios);
        assertEquals(ratios.length, parts.length);
        long sum = 0;
        for (Money part : parts) {
            sum = Math.addExact(sum, part.minor());
        }
        assertEquals(amount, sum);
    }

    @Property
    void eachPartIsWithinOnePennyOfItsExactShare(@ForAll("amounts") long amount, @ForAll("ratios") long[] ratios) {
        Money[] parts = Money.gbp(amount).allocate(ratios);
        BigDecimal total = BigDecimal.valueOf(Arrays.stream(ratios).sum());
        for (int i = 0; i < ratios.length; i++) {
            // |part - amount * ratio / total| < 1, multiplied through by total to stay exact.
            BigDecimal scaledPart = BigDecimal.valueOf(parts[i].minor()).multiply(total);
            BigDecimal scaledShare = BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(ratios[i]));
            assertTrue(scaledPart.subtract(scaledShare).abs().compareTo(total) < 0,
                    "part " + i + " = " + parts[i] + " strays from its share of " + amount + " by "
                            + Arrays.toString(ratios));
        }
    }

    @Property
    void partsWithZeroRatioGetNothing(@ForAll("amounts") long amount, @ForAll("ratios") long[] ratios) {
        Money[] parts = Money.gbp(amount).allocate(ratios);
        for (int i = 0; i < ratios.length; i++) {
            if (ratios[i] == 0) {
                assertTrue(parts[i].isZero(), "part " + i + " has ratio 0 but got " + parts[i]);
            }
        }
    }

    @Property
    void partsHaveTheSignOfTheWhole(@ForAll("amounts") long amount, @ForAll("ratios") long[] ratios) {
        for (Money part : Money.gbp(amount).allocate(ratios)) {
            assertTrue(amount >= 0 ? !part.isNegative() : !part.isPositive(), part + " from " + amount);
        }
    }

    @Property
    void allocationIsDeterministic(@ForAll("amounts") long amount, @ForAll("ratios") long[] ratios) {
        assertArrayEquals(Money.gbp(amount).allocate(ratios), Money.gbp(amount).allocate(ratios.clone()));
    }

    @Property
    void equalRatiosGivePartsAtMostOnePennyApart(@ForAll("amounts") long amount,
            @ForAll @IntRange(min = 1, max = 10) int count, @ForAll @LongRange(min = 1, max = MAX_RATIO) long ratio) {
        long[] ratios = new long[count];
        Arrays.fill(ratios, ratio);
        long[] minors = Arrays.stream(Money.gbp(amount).allocate(ratios)).mapToLong(Money::minor).toArray();
        long smallest = Arrays.stream(minors).min().orElseThrow();
        long largest = Arrays.stream(minors).max().orElseThrow();
        assertTrue(largest - smallest <= 1, Arrays.toString(minors));
    }

    @Provide
    Arbitrary<Long> amounts() {
        // Small amounts exercise the left-over pennies; huge ones the arithmetic. Long.MIN_VALUE is
        // left out: its magnitude does not fit in a long, and it throws (see MoneyTest).
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000, 1_000),
                Arbitraries.longs().between(-Long.MAX_VALUE, Long.MAX_VALUE));
    }

    @Provide
    Arbitrary<long[]> ratios() {
        Arbitrary<Long> ratio = Arbitraries.oneOf(
                Arbitraries.just(0L),
                Arbitraries.longs().between(0, 10),
                Arbitraries.longs().between(0, MAX_RATIO));
        return ratio.list().ofMinSize(1).ofMaxSize(10)
                .filter(list -> list.stream().anyMatch(r -> r > 0))
                .map(MoneyAllocationProperties::toArray);
    }

    private static long[] toArray(List<Long> list) {
        return list.stream().mapToLong(Long::longValue).toArray();
    }
}
