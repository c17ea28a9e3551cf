package coop.market.domain.invoicing;

import static coop.market.domain.invoicing.InvoiceFixtures.BILLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import coop.market.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Paying an invoice in parts: however the total is split into payments, each payment's shares add up
 * to the payment, and once it is all paid every line (so every member) has received exactly its total.
 */
class InvoicePaymentProperties {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 4);

    @Property
    void partPaymentsAddUpToEachLineExactly(@ForAll("lineTotals") List<Long> totals,
            @ForAll @IntRange(min = 1, max = 8) int parts, @ForAll("seeds") long seed) {
        Invoice invoice = invoice(totals);
        List<Money> payments = split(invoice.total(), parts, new java.util.Random(seed));
        Map<String, Long> received = new HashMap<>();

        for (int i = 0; i < payments.size(); i++) {
            List<LineShare> shares = invoice.recordPayment(payments.get(i));
            assertEquals(payments.get(i).minor(), shares.stream().mapToLong(s -> s.amount().minor()).sum());
            shares.forEach(share -> received.merge(share.line().id(), share.amount().minor(), Long::sum));
            assertEquals(i == payments.size() - 1 ? InvoiceStatus.PAID : InvoiceStatus.PART_PAID, invoice.status());
        }

        invoice.lines().forEach(line -> assertEquals(line.total().minor(), received.get(line.id()), line.id()));
        assertEquals(Money.gbp(0), invoice.amountDue());
    }

    @Test
    void moreThanIsDueIsRefusedAndNothingChanges() {
        Invoice invoice = invoice(List.of(2700L, 1800L));
        invoice.recordPayment(Money.gbp(1000));

        assertThrows(IllegalArgumentException.class, () -> invoice.recordPayment(Money.gbp(3501)));
        assertThrows(IllegalArgumentException.class, () -> invoice.recordPayment(Money.ofMinor(100, "EUR")));
        assertEquals(Money.gbp(3500), invoice.amountDue());
        assertEquals(InvoiceStatus.PART_PAID, invoice.status());
    }

    @Provide
    Arbitrary<List<Long>> lineTotals() {
        return Arbitraries.longs().between(1, 500_000).list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    /** The total cut at random places into up to {@code parts} payments of at least a penny each. */
    private static List<Money> split(Money total, int parts, java.util.Random random) {
        List<Money> payments = new ArrayList<>();
        long left = total.minor();
        for (int i = 1; i < parts && left > 1; i++) {
            long part = 1 + (long) (random.nextDouble() * (left - 1));
            payments.add(Money.gbp(part));
            left -= part;
        }
        payments.add(Money.gbp(left));
        return payments;
    }

    private static Invoice invoice(List<Long> totals) {
        List<Billable> lines = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            lines.add(new Billable(LineSource.BOOKING, "b" + i, "c1", "m" + (i % 3), "Member " + (i % 3), DAY,
                    "Cleaning", BigDecimal.ONE, Money.gbp(totals.get(i)), Money.gbp(totals.get(i))));
        }
        return new Invoice("i1", "BME-2027-00001", "c1", BILLED, null, DAY, DAY.plusDays(14), lines, null, null, Instant.EPOCH);
    }
}
