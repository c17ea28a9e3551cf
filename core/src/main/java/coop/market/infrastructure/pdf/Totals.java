package coop.market.infrastructure.pdf;

import coop.market.application.PlainWords;
import coop.market.domain.shared.Money;
import java.io.IOException;
import java.util.List;

/**
 * The totals under a table: each label ends where the amounts begin, and the amounts end at the right margin,
 * in line with the table's amount column.
 */
final class Totals {

    /** Room for the widest total; the labels end where it begins. */
    private static final float AMOUNT_WIDTH = 90;

    /** One total: what it is, how much, and how it is printed (the final ones in bold). */
    record Total(String label, Money amount, TextStyle style) {
    }

    private Totals() {
    }

    static void print(PageWriter page, List<Total> totals) throws IOException {
        // Kept together: a total alone at the top of a page would be read without what it totals.
        page.makeRoom((float) totals.stream().mapToDouble(total -> total.style().lineHeight()).sum());
        float labelRight = page.right() - AMOUNT_WIDTH;
        for (Total total : totals) {
            page.textEndingAt(total.style(), labelRight, page.top(), total.label());
            page.textEndingAt(total.style(), page.right(), page.top(), PlainWords.money(total.amount()));
            page.moveDown(total.style().lineHeight());
        }
    }
}
