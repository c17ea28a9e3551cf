package coop.market.domain.invoicing;

import coop.market.domain.ledger.Account;
import coop.market.domain.ledger.Entry;
import coop.market.domain.ledger.LedgerTransaction;
import coop.market.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each invoicing event posts to the ledger (members' money is always the lines' prices before VAT; VAT is
 * owed to HMRC from the invoice's issue until a credit note or refund takes it back). Kept in one place so the rules read as a table (see
 * docs/ARCHITECTURE.md "The ledger"), and so the property tests post exactly what the services post.
 * Throughout, a customer's receivable equals what is due on their invoices, billed work equals what the
 * lines still have outstanding, and each member's payable equals what their lines have received. A line of the
 * co-op's own (an order's delivery) is billed like the others, and what it receives is the co-op's delivery income.
 */
public final class InvoicePostings {

    private InvoicePostings() {
    }

    /** An invoice issued: the customer owes its total, against members' work (and fees) billed. */
    public static LedgerTransaction issued(Invoice invoice, String transactionId, Instant at) {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.debit(Account.receivable(invoice.customerId()), invoice.total()));
        addBilled(entries, invoice, false,
                invoice.lines().stream().map(l -> new LineShare(l, l.gross(), l.total())).toList());
        addIfSome(entries, Account.VAT, invoice.vatTotal(), false);
        return new LedgerTransaction(transactionId, at, "invoice.issued", invoice.id(), "Invoice " + invoice.number(),
                entries);
    }

    /**
     * Money received for an invoice (into the bank, or into card clearing for a card payment), off the
     * customer's account; each member's share moves from billed work (or fees) to what the co-op holds
     * for them.
     */
    public static LedgerTransaction paid(Invoice invoice, String eventType, String eventId, Money amount,
            Account into, List<LineShare> shares, String transactionId, Instant at) {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.debit(into, amount));
        entries.add(Entry.credit(Account.receivable(invoice.customerId()), amount));
        addBilled(entries, invoice, true, shares);
        // The VAT in a payment needs no posting: it has been owed to HMRC since the invoice was issued.
        byPayee(shares).forEach((payee, share) -> entries.add(Entry.credit(payee, share)));
        return new LedgerTransaction(transactionId, at, eventType, eventId, "Payment for " + invoice.number(),
                entries);
    }

    /** A credit note cancelling unpaid amounts: the customer owes less, and less work is billed. */
    public static LedgerTransaction credited(Invoice invoice, CreditNote note, List<LineShare> credits,
            String transactionId, Instant at) {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.credit(Account.receivable(invoice.customerId()), note.total()));
        addBilled(entries, invoice, true, credits);
        addIfSome(entries, Account.VAT, vatOf(credits, invoice), true);
        return new LedgerTransaction(transactionId, at, "credit-note.issued", note.id(),
                "Credit note " + note.number() + " against " + invoice.number(), entries);
    }

    /**
     * Money paid back to the customer with a credit note (out of card clearing for a card refund): each
     * member's share of it comes off what the co-op holds for them. What the customer owes is unchanged:
     * the refund and the credit cancel out.
     */
    public static LedgerTransaction refunded(Invoice invoice, CreditNote note, Account outOf,
            List<LineShare> shares, String transactionId, Instant at) {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.credit(outOf, note.refunded()));
        byPayee(shares).forEach((payee, share) -> entries.add(Entry.debit(payee, share)));
        addIfSome(entries, Account.VAT, vatOf(shares, invoice), true);
        return new LedgerTransaction(transactionId, at, "credit-note.refunded", note.id(),
                "Refund with credit note " + note.number() + " against " + invoice.number(), entries);
    }

    /** Billed work and fees, split by what the lines bill: credited when billed, debited when settled. */
    private static void addBilled(List<Entry> entries, Invoice invoice, boolean debit, List<LineShare> shares) {
        Money work = Money.zero(invoice.currency());
        Money fees = Money.zero(invoice.currency());
        for (LineShare share : shares) {
            if (share.line().source() == LineSource.FEE) {
                fees = fees.plus(share.net());
            } else {
                work = work.plus(share.net());
            }
        }
        addIfSome(entries, Account.BILLED_WORK, work, debit);
        addIfSome(entries, Account.CANCELLATION_FEES, fees, debit);
    }

    private static void addIfSome(List<Entry> entries, Account account, Money amount, boolean debit) {
        if (amount.isPositive()) {
            entries.add(debit ? Entry.debit(account, amount) : Entry.credit(account, amount));
        }
    }

    /** Whose each line's money is once received: its member's (their payable), or the co-op's own income. */
    private static Map<Account, Money> byPayee(List<LineShare> shares) {
        Map<Account, Money> byPayee = new LinkedHashMap<>();
        shares.forEach(share -> byPayee.merge(payee(share.line()), share.net(), Money::plus));
        byPayee.values().removeIf(Money::isZero);
        return byPayee;
    }

    private static Account payee(InvoiceLine line) {
        return line.source().coopsOwn() ? Account.DELIVERY_INCOME : Account.payable(line.memberId());
    }

    private static Money vatOf(List<LineShare> shares, Invoice invoice) {
        return shares.stream().map(LineShare::vat).reduce(Money.zero(invoice.currency()), Money::plus);
    }
}
