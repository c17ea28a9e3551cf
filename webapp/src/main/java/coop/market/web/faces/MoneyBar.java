package coop.market.web.faces;

import coop.market.application.PlainWords;
import coop.market.domain.earnings.PeriodEarnings;
import java.io.Serializable;

/**
 * "My money" as a bar: how much of the earnings limit is earned (dark), how much more the jobs said yes to will
 * add (light), and the rest left. The bar is a picture of the words beside it, which say the same for everyone.
 *
 * @param earnedPercent   of the limit, 0-100
 * @param forecastPercent of the limit, earned included, 0-100
 * @param words           the bar in one sentence, for screen readers
 */
public record MoneyBar(int earnedPercent, int forecastPercent, String words) implements Serializable {

    /** The bar for a period with a limit, or null without one. */
    static MoneyBar of(PeriodEarnings period) {
        if (period.limit() == null || !period.limit().isPositive()) {
            return null;
        }
        long limit = period.limit().minor();
        return new MoneyBar(percent(period.earned().minor(), limit), percent(period.forecast().minor(), limit),
                "You have earned " + PlainWords.money(period.earned()) + " of your "
                        + PlainWords.money(period.limit()) + " limit.");
    }

    private static int percent(long part, long whole) {
        return (int) Math.max(0, Math.min(100, part * 100 / whole));
    }

    /** The light part: what the accepted jobs add. */
    public int getForecastOnlyPercent() {
        return forecastPercent - earnedPercent;
    }
}
