package coop.market.infrastructure.pdf;

import coop.market.application.PlainWords;
import coop.market.domain.payout.Receipt;
import coop.market.domain.payout.RemittanceAdvice;
import coop.market.infrastructure.pdf.LineTable.Column;
import coop.market.infrastructure.pdf.Totals.Total;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A remittance advice on the page, top to bottom in one column, like an invoice: heading, who it is from, who it
 * is to, the pay-out's reference, day, period and account, the payments it is made of, the totals, then the notes.
 */
final class RemittanceLayout {

    static final String TITLE = "Remittance advice";

    private static final float BLOCK_GAP = 14;

    private final RemittanceAdvice advice;
    private final PageWriter page;
    private final Styles styles;

    RemittanceLayout(RemittanceAdvice advice, PageWriter page, Styles styles) {
        this.advice = advice;
        this.page = page;
        this.styles = styles;
    }

    void print() throws IOException {
        page.paragraph(styles.title(), TITLE);
        page.moveDown(BLOCK_GAP);
        PartyBlock.print(page, styles.heading(), styles.body(), advice.coop(), advice.coopLegalLines());
        page.moveDown(BLOCK_GAP);
        page.paragraph(styles.heading(), "To");
        page.paragraph(styles.strong(), advice.memberName());
        page.moveDown(BLOCK_GAP);
        page.paragraphs(styles.body(), List.of("Reference: " + advice.reference(),
                "Paid on: " + PlainWords.date(advice.paidOn()), "Period: " + period(), "Paid to: " + advice.paidTo()));
        page.moveDown(BLOCK_GAP);
        receipts();
        totals();
        for (String note : advice.notes()) {
            page.moveDown(BLOCK_GAP / 2);
            page.paragraph(styles.body(), note);
        }
    }

    private String period() {
        if (advice.periodFrom() == null) {
            return "up to " + PlainWords.date(advice.periodTo());
        }
        if (advice.periodFrom().equals(advice.periodTo())) {
            return PlainWords.date(advice.periodTo());
        }
        return PlainWords.date(advice.periodFrom()) + " to " + PlainWords.date(advice.periodTo());
    }

    /** What the money was for: each payment for the member's work; widths fit "30 May 2027" and "£99,999.99". */
    private void receipts() throws IOException {
        if (advice.receipts().isEmpty()) {
            return;
        }
        page.paragraph(styles.heading(), "What the money was for");
        page.moveDown(BLOCK_GAP / 2);
        List<Column<Receipt>> columns = List.of(
                Column.text("Date", 68, receipt -> PlainWords.shortDate(receipt.day())),
                Column.text("Invoice", 110, Receipt::invoiceNumber),
                Column.wide("Customer",
                        receipt -> receipt.customer() + (receipt.refund() ? "\nRefunded to the customer" : "")),
                Column.amount("Amount", 64, receipt -> PlainWords.money(receipt.amount())));
        LineTable.of(columns, page, styles).print(advice.receipts());
    }

    private void totals() throws IOException {
        List<Total> totals = new ArrayList<>();
        if (!advice.broughtForward().isZero()) {
            totals.add(new Total("Received for your work in this period",
                    advice.gross().minus(advice.broughtForward()), styles.body()));
            totals.add(new Total("Held for you from before", advice.broughtForward(), styles.body()));
        }
        totals.add(new Total("Your share of money received", advice.gross(), styles.body()));
        totals.add(new Total("The co-op's contribution", advice.contribution().negated(), styles.body()));
        totals.add(new Total("Paid to you", advice.net(), styles.strong()));
        page.moveDown(BLOCK_GAP / 2);
        Totals.print(page, totals);
    }
}
