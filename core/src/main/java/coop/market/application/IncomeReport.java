package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.invoicing.Payments;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * The money the co-op received this month (payments recorded by staff and card payments alike), week by week of
 * the month, for the staff desk's chart.
 */
@ApplicationScoped
public class IncomeReport {

    @Inject
    Payments payments;

    @Inject
    CooperativeService cooperative;

    /** Days 1-7, 8-14, 15-21, 22-28 and 29 to the end; each with what was received in it. */
    public record Week(LocalDate from, LocalDate to, Money received) {
    }

    public record MonthIncome(YearMonth month, List<Week> weeks, Money total) {
    }

    public MonthIncome thisMonth(Actor actor) {
        Permissions.requireStaff(actor, "see the co-op's income");
        YearMonth month = YearMonth.from(cooperative.today());
        SortedMap<LocalDate, Long> byDay = payments.receivedByDay(month.atDay(1), month.atEndOfMonth());
        List<Week> weeks = new ArrayList<>();
        long total = 0;
        for (int first = 1; first <= month.lengthOfMonth(); first += 7) {
            LocalDate from = month.atDay(first);
            LocalDate to = first + 6 >= 28 ? month.atEndOfMonth() : month.atDay(first + 6);
            long received = byDay.subMap(from, to.plusDays(1)).values().stream().mapToLong(Long::longValue).sum();
            weeks.add(new Week(from, to, Money.ofMinor(received, cooperative.currency())));
            total += received;
            if (to.equals(month.atEndOfMonth())) {
                break;
            }
        }
        return new MonthIncome(month, List.copyOf(weeks), Money.ofMinor(total, cooperative.currency()));
    }
}
