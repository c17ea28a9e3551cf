package coop.market.trade.gardening;

import static coop.market.trade.gardening.GardeningTrade.HEDGE_TRIMMING;
import static coop.market.trade.gardening.GardeningTrade.MOWING;
import static coop.market.trade.gardening.GardeningTrade.PLANTING;
import static coop.market.trade.gardening.GardeningTrade.TASKS;
import static coop.market.trade.gardening.GardeningTrade.WEEDING;

import coop.market.spi.AttributeValues;
import coop.market.spi.BookingGrid;
import coop.market.spi.RuleFinding;
import coop.market.spi.TradeRules;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gardening's seasons and timings. Lawns are mown from March to October only. Hedges may be cut
 * all year, but from March to August birds nest in them, and disturbing an active nest is an
 * offence under the Wildlife and Countryside Act 1981, so the customer is warned to have the hedge
 * checked first.
 */
class GardeningRules implements TradeRules {

    private static final Duration MINIMUM = Duration.ofHours(1);

    /** Minutes per task for a small, medium and large garden. */
    private static final Map<String, int[]> MINUTES = Map.of(
            MOWING, new int[] {30, 60, 90},
            HEDGE_TRIMMING, new int[] {45, 90, 150},
            WEEDING, new int[] {30, 60, 120},
            PLANTING, new int[] {30, 60, 90});

    @Override
    public Duration estimateDuration(AttributeValues listing, AttributeValues request) {
        int size = switch (request.text(GardeningTrade.GARDEN_SIZE)) {
            case "small" -> 0;
            case "large" -> 2;
            default -> 1;
        };
        long minutes = request.choices(TASKS).stream().mapToLong(task -> MINUTES.get(task)[size]).sum();
        return BookingGrid.fit(Duration.ofMinutes(minutes), MINIMUM);
    }

    @Override
    public Duration minimumDuration() {
        return MINIMUM;
    }

    @Override
    public boolean suitsRecurring() {
        return true;
    }

    @Override
    public List<RuleFinding> check(LocalDate date, AttributeValues listing, AttributeValues request) {
        List<RuleFinding> findings = new ArrayList<>();
        List<String> tasks = request.choices(TASKS);
        List<String> offered = listing.choices(TASKS);
        if (tasks.isEmpty()) {
            findings.add(RuleFinding.block(TASKS, "Choose at least one job for the gardener."));
        }
        for (String task : tasks) {
            if (!offered.contains(task)) {
                findings.add(RuleFinding.block(TASKS, "This gardener does not do " + task.replace('-', ' ') + "."));
            }
        }
        if (tasks.contains(MOWING) && !isMowingSeason(date.getMonth())) {
            findings.add(RuleFinding.block(TASKS, "Lawns are mown from March to October only."));
        }
        if (tasks.contains(HEDGE_TRIMMING) && isNestingSeason(date.getMonth())) {
            findings.add(RuleFinding.warn(TASKS, "March to August is nesting season. The gardener will check the "
                    + "hedge for nests first and leave any part with an active nest."));
        }
        if (request.yesNo(GardeningTrade.REMOVE_GREEN_WASTE) && !listing.yesNo(GardeningTrade.GREEN_WASTE_REMOVAL)) {
            findings.add(RuleFinding.block(GardeningTrade.REMOVE_GREEN_WASTE,
                    "This gardener cannot take green waste away."));
        }
        return findings;
    }

    static boolean isMowingSeason(Month month) {
        return month.compareTo(Month.MARCH) >= 0 && month.compareTo(Month.OCTOBER) <= 0;
    }

    static boolean isNestingSeason(Month month) {
        return month.compareTo(Month.MARCH) >= 0 && month.compareTo(Month.AUGUST) <= 0;
    }
}
