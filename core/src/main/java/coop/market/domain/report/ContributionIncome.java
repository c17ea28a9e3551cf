package coop.market.domain.report;

import coop.market.domain.shared.DateRange;
import coop.market.domain.shared.Money;
import coop.market.domain.statement.PayoutMade;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * What the co-op kept as contributions from the pay-outs made in a period, month by month (the first and last
 * clipped to the period), and the total, the sum of the months. It is what the books post to contribution
 * income, and what members' statements show as their contributions.
 */
public record ContributionIncome(List<Month> months, Money total) {

    /** One month of the period and the contributions kept from pay-outs made in it. */
    public record Month(DateRange days, Money kept) {

        public Month {
            Objects.requireNonNull(days, "days");
            Objects.requireNonNull(kept, "kept");
        }
    }

    public ContributionIncome {
        months = List.copyOf(months);
        Objects.requireNonNull(total, "total");
    }

    /** From the pay-outs made in the period; any dated outside it are left out. */
    public static ContributionIncome of(ReportPeriod period, List<PayoutMade> payouts, Currency currency) {
        Money zero = Money.zero(currency);
        List<Month> months = period.months().stream().map(month -> new Month(month, payouts.stream()
                .filter(payout -> month.contains(payout.paidOn())).map(PayoutMade::contribution)
                .reduce(zero, Money::plus))).toList();
        return new ContributionIncome(months, months.stream().map(Month::kept).reduce(zero, Money::plus));
    }
}
