package coop.market.spi;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * How work or orders of a trade may be booked: how long a job takes, the shortest job, how much
 * notice is needed, and what the calendar allows (seasons).
 */
public interface TradeRules {

    /** How long the chosen job will take; services only, products answer zero. */
    Duration estimateDuration(AttributeValues listing, AttributeValues request);

    /** The shortest bookable job (zero for products). */
    Duration minimumDuration();

    /** How far ahead a customer must book; the co-op's default is 24 hours. */
    default Duration minimumNotice() {
        return Duration.ofHours(24);
    }

    /** Days needed to make an item to order, when the listing does not say. Products only. */
    default int defaultLeadTimeDays() {
        return 0;
    }

    /** Whether repeat visits (weekly, fortnightly, monthly) make sense for this trade. */
    default boolean suitsRecurring() {
        return false;
    }

    /** What the trade's seasons and rules say about doing the chosen work on a day. */
    default List<RuleFinding> check(LocalDate date, AttributeValues listing, AttributeValues request) {
        return List.of();
    }
}
