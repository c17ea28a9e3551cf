package coop.market.domain.invoicing;

import static coop.market.domain.invoicing.InvoiceFixtures.BILLED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.ledger.Account;
import coop.market.domain.ledger.LedgerTransaction;
import coop.market.domain.ledger.Side;
import coop.market.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Whole histories of the money: work billed in invoices (bookings, fees and items sold by several members for
 * several customers, and the co-op's own delivery charges, with VAT at 20% or 5% or without), then payments, part-payments, credit notes and refunds in any order, each posted to the
 * ledger exactly as the services post it. Whatever happens: the books balance; each member's payable is
 * what their lines have received before VAT; the co-op's delivery income is what its delivery lines have; the VAT account is the VAT still charged; each customer's receivable is what is due on their invoices; billed work
 * is what the lines still have outstanding; and the money held is what was paid and not refunded.
 */
class InvoicingBookkeepingProperties {

    private static final LocalDate DAY = LocalDate.of(2027, 1, 4);
    private static final Instant NOW = Instant.parse("2027-01-04T10:00:00Z");
    private static final List<String> MEMBERS = List.of("m1", "m2", "m3");

    @Property(tries = 300)
    void theBooksAgreeWithTheInvoicesWhateverHappens(@ForAll("seeds") long seed,
            @ForAll @IntRange(min = 1, max = 4) int invoiceCount, @ForAll @IntRange(min = 0, max = 25) int steps) {
        Random random = new Random(seed);
        List<LedgerTransaction> books = new ArrayList<>();
        List<Invoice> invoices = new ArrayList<>();
        for (int i = 0; i < invoiceCount; i++) {
            Invoice invoice = invoice("i" + i, "c" + random.nextInt(2), random);
            invoices.add(invoice);
            books.add(InvoicePostings.issued(invoice, "t" + books.size(), NOW));
        }
        for (int step = 0; step < steps; step++) {
            Invoice invoice = invoices.get(random.nextInt(invoices.size()));
            switch (random.nextInt(3)) {
                case 0 -> pay(invoice, random, books);
                case 1 -> credit(invoice, random, books);
                default -> refund(invoice, random, books);
            }
        }

        Map<Account, Long> net = netDebits(books);
        assertEquals(0, net.values().stream().mapToLong(Long::longValue).sum(), "debits equal credits");
        for (String member : MEMBERS) {
            long received = invoices.stream().flatMap(i -> i.lines().stream())
                    .filter(line -> member.equals(line.memberId())).mapToLong(line -> line.receivedNet().minor())
                    .sum();
            assertEquals(-received, net.getOrDefault(Account.payable(member), 0L), "payable of " + member);
        }
        long delivered = invoices.stream().flatMap(i -> i.lines().stream())
                .filter(line -> line.source() == LineSource.DELIVERY).mapToLong(line -> line.receivedNet().minor())
                .sum();
        assertEquals(-delivered, net.getOrDefault(Account.DELIVERY_INCOME, 0L), "the co-op's delivery income");
        long vatCharged = invoices.stream().flatMap(i -> i.lines().stream())
                .mapToLong(line -> line.vat().minor() - line.credited().minor() + line.creditedNet().minor()).sum();
        assertEquals(-vatCharged, net.getOrDefault(Account.VAT, 0L), "VAT owed to HMRC");
        for (String customer : List.of("c0", "c1")) {
            long due = invoices.stream().filter(i -> i.customerId().equals(customer))
                    .mapToLong(i -> i.amountDue().minor()).sum();
            assertEquals(due, net.getOrDefault(Account.receivable(customer), 0L), "receivable of " + customer);
        }
        long outstanding = invoices.stream().flatMap(i -> i.lines().stream()).mapToLong(
                line -> line.total().minor() - line.receivedNet().minor() - line.creditedNet().minor()).sum();
        assertEquals(-outstanding, net.getOrDefault(Account.BILLED_WORK, 0L)
                + net.getOrDefault(Account.CANCELLATION_FEES, 0L), "billed and not yet received");
        long paid = invoices.stream().mapToLong(i -> i.paid().minor()).sum();
        assertEquals(paid, net.getOrDefault(Account.BANK, 0L) + net.getOrDefault(Account.CARD_CLEARING, 0L),
                "money held");
        for (Invoice invoice : invoices) {
            assertEquals(invoice.paid().minor(),
                    invoice.lines().stream().mapToLong(line -> line.received().minor()).sum(), "lines received");
            assertEquals(invoice.total().minor() - invoice.paid().minor() - invoice.credited().minor(),
                    invoice.amountDue().minor());
            for (InvoiceLine line : invoice.lines()) {
                assertTrue(!line.outstanding().isNegative() && !line.receivedNet().isNegative(), line.id());
                if (line.outstanding().isZero()) {
                    assertEquals(line.total().minor(), line.receivedNet().minor() + line.creditedNet().minor(),
                            "a settled line's price is exactly received or credited");
                }
            }
        }
    }

    private static void pay(Invoice invoice, Random random, List<LedgerTransaction> books) {
        if (!invoice.amountDue().isPositive()) {
            return;
        }
        Money amount = part(invoice.amountDue(), random);
        List<LineShare> shares = invoice.recordPayment(amount);
        Account into = random.nextBoolean() ? Account.BANK : Account.CARD_CLEARING;
        books.add(InvoicePostings.paid(invoice, "payment.received", "p" + books.size(), amount, into, shares,
                "t" + books.size(), NOW));
    }

    private static void credit(Invoice invoice, Random random, List<LedgerTransaction> books) {
        List<LineShare> credits = new ArrayList<>();
        for (InvoiceLine line : invoice.lines()) {
            if (line.outstanding().isPositive() && random.nextBoolean()) {
                credits.add(new LineShare(line, part(line.outstanding(), random)));
            }
        }
        if (credits.isEmpty()) {
            return;
        }
        credits = invoice.credit(credits);
        CreditNote note = new CreditNote("n" + books.size(), "CN-" + books.size(), invoice, DAY, "Wrong hours",
                credits, false, NOW, "staff@example.org");
        books.add(InvoicePostings.credited(invoice, note, credits, "t" + books.size(), NOW));
    }

    private static void refund(Invoice invoice, Random random, List<LedgerTransaction> books) {
        if (!invoice.paid().isPositive()) {
            return;
        }
        Money amount = part(invoice.paid(), random);
        List<LineShare> shares = invoice.refund(amount);
        assertEquals(amount.minor(), shares.stream().mapToLong(share -> share.amount().minor()).sum());
        CreditNote note = new CreditNote("n" + books.size(), "CN-" + books.size(), invoice, DAY, "Refunded",
                shares, true, NOW, "staff@example.org");
        books.add(InvoicePostings.refunded(invoice, note, Account.CARD_CLEARING, shares, "t" + books.size(), NOW));
    }

    /** Some of the amount, at least a penny, sometimes all of it. */
    private static Money part(Money whole, Random random) {
        if (random.nextInt(4) == 0) {
            return whole;
        }
        return Money.ofMinor(1 + (long) (random.nextDouble() * (whole.minor() - 1)), whole.currency());
    }

    private static Invoice invoice(String id, String customer, Random random) {
        List<Billable> lines = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            LineSource source = LineSource.values()[random.nextInt(LineSource.values().length)];
            String member = source.coopsOwn() ? null : MEMBERS.get(random.nextInt(MEMBERS.size()));
            Money total = Money.gbp(1 + random.nextInt(40_000));
            lines.add(new Billable(source, id + "-" + i, customer, member, member == null ? "The co-op" : member, DAY,
                    "Gardening", BigDecimal.ONE, total, total));
        }
        VatRate vat = switch (random.nextInt(3)) {
            case 0 -> VatRate.STANDARD;
            case 1 -> new VatRate(500);
            default -> null;
        };
        return new Invoice(id, "BME-2027-" + id, customer, BILLED, null, DAY, DAY.plusDays(14), lines, vat,
                vat == null ? null : "GB123456789", NOW);
    }

    private static Map<Account, Long> netDebits(List<LedgerTransaction> books) {
        Map<Account, Long> net = new HashMap<>();
        books.forEach(transaction -> transaction.postings()
                .forEach(posting -> net.merge(posting.account(),
                        posting.side() == Side.DEBIT ? posting.amount().minor() : -posting.amount().minor(),
                        Math::addExact)));
        return net;
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
