package coop.market.web.faces;

import coop.market.domain.shared.Money;

/**
 * The bars of the pages' charts (a bar beside each figure in a table, the figures being the chart's words): each
 * bar's length as a share of the longest. Nothing or less is no bar.
 */
final class ChartBars {

    private ChartBars() {
    }

    /** The bar's length in percent of the longest bar's, {@code most}. */
    static int percent(Money amount, Money most) {
        return most.minor() <= 0 || amount.minor() <= 0 ? 0 : (int) (amount.minor() * 100 / most.minor());
    }
}
