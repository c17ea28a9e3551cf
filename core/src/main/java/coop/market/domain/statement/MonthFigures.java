package coop.market.domain.statement;

import coop.market.domain.shared.DateRange;
import coop.market.domain.shared.Money;
import java.util.Objects;

/**
 * One month of a tax year (the first and last are clipped to it): the member's income received in it and the
 * co-op's contributions kept from pay-outs made in it.
 */
public record MonthFigures(DateRange days, Money income, Money contributions) {

    public MonthFigures {
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(income, "income");
        Objects.requireNonNull(contributions, "contributions");
    }
}
