package coop.market.web.faces;

import coop.market.application.PlainWords;
import coop.market.domain.earnings.PeriodEarnings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's earnings in their current benefit period, in easy read for the member portal: one short sentence a
 * line, plain amounts, what is left, and a word to talk to staff when the limit is near or reached.
 */
final class EarningsWords {

    private EarningsWords() {
    }

    /** The lines to show; none when the member has no limit. */
    static List<String> easyRead(PeriodEarnings period) {
        if (period.limit() == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add("From " + PlainWords.date(period.period().start()) + " to " + PlainWords.date(period.period().end())
                + ":");
        lines.add("You have earned " + PlainWords.money(period.earned()) + ".");
        lines.add("With the jobs you said yes to, it will be " + PlainWords.money(period.forecast()) + ".");
        lines.add("Your limit is " + PlainWords.money(period.limit()) + ".");
        if (period.headroom().orElseThrow().isPositive()) {
            lines.add("You can earn " + PlainWords.money(period.headroom().orElseThrow()) + " more.");
        } else {
            lines.add("You have reached your limit.");
        }
        if (period.minutesLimit() != null) {
            lines.add("Your hours: " + hours(period.activity().minutes()) + ".");
            lines.add("Stay under " + hours(period.minutesLimit()) + " a week.");
        }
        if (period.nearLimit()) {
            lines.add("Please talk to the co-op staff before you take more work.");
        }
        return List.copyOf(lines);
    }

    private static String hours(long minutes) {
        return minutes == 0 ? "none yet" : PlainWords.duration(Duration.ofMinutes(minutes));
    }
}
