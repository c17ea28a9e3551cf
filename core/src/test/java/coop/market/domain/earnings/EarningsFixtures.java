package coop.market.domain.earnings;

import coop.market.domain.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Limits and rates for the earnings tests. */
final class EarningsFixtures {

    static final Instant SET = Instant.parse("2026-01-01T00:00:00Z");

    static final BenefitRates RATES = new BenefitRates(List.of(
            rate("ESA_HIGHER", "2024-04-06", 18350, "GBP"),
            rate("ESA_HIGHER", "2025-04-06", 19550, "GBP"),
            rate("ESA_LOWER", "2025-04-06", 2000, "GBP"),
            rate("ESA_HOURS", "2024-04-06", 960, BenefitRate.MINUTES)));

    private EarningsFixtures() {
    }

    static BenefitRate rate(String name, String from, long amount, String unit) {
        return new BenefitRate(name + from, name, LocalDate.parse(from), amount, unit, SET, "staff@example.org");
    }

    static EarningsLimit limit(LimitKind kind, Long pence, PeriodLength length, String periodStart, String from) {
        return limit(kind, pence, length, periodStart, from, SET);
    }

    static EarningsLimit limit(LimitKind kind, Long pence, PeriodLength length, String periodStart, String from,
            Instant set) {
        return new EarningsLimit(kind + from + set, "member-1", kind, pence == null ? null : Money.gbp(pence),
                Money.GBP, new PeriodPattern(length, LocalDate.parse(periodStart)), LocalDate.parse(from), set,
                "staff@example.org");
    }

    static PeriodActivity activity(long supplied, long confirmed, long expenses, long workMinutes, long adminMinutes) {
        return new PeriodActivity(Money.gbp(supplied), Money.gbp(confirmed), Money.gbp(expenses), workMinutes,
                adminMinutes);
    }
}
