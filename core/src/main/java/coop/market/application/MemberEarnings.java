package coop.market.application;

import coop.market.domain.earnings.BenefitRates;
import coop.market.domain.earnings.EarningsRecords;
import coop.market.domain.earnings.LimitHistory;
import coop.market.domain.earnings.PeriodActivity;
import coop.market.domain.earnings.PeriodEarnings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A member's earnings period by period, as the books stand: the one place the limit history, the rate table
 * and the period's bookings, expenses and admin hours are put together (the API, the guard and the warnings
 * all read it here).
 */
@ApplicationScoped
public class MemberEarnings {

    @Inject
    EarningsRecords records;

    @Inject
    CooperativeService cooperative;

    /** A member's limits and the rate table, read once for several periods. */
    public Reader reader(String memberId) {
        return new Reader(memberId, new LimitHistory(records.limitsOf(memberId)), records.rates());
    }

    /** Reads periods of one member. */
    public final class Reader {

        private final String memberId;
        private final LimitHistory history;
        private final BenefitRates rates;

        private Reader(String memberId, LimitHistory history, BenefitRates rates) {
            this.memberId = memberId;
            this.history = history;
            this.rates = rates;
        }

        /** Every period touching from..to (both included), read all at once. */
        public List<PeriodEarnings> periods(LocalDate from, LocalDate to) {
            return read(history.periods(from, to));
        }

        /** The period the day is in. */
        public PeriodEarnings periodOf(LocalDate day) {
            return read(List.of(history.periodOf(day))).get(0);
        }

        public boolean hasLimit() {
            return history.inForce(LocalDate.MAX).isPresent();
        }

        /** The rate table as it was read for this member's periods. */
        public BenefitRates rates() {
            return rates;
        }

        private List<PeriodEarnings> read(List<LimitHistory.LimitedPeriod> limited) {
            List<PeriodActivity> activities = records.activities(memberId,
                    limited.stream().map(LimitHistory.LimitedPeriod::period).toList(), cooperative.zone(),
                    cooperative.currency());
            List<PeriodEarnings> periods = new ArrayList<>();
            for (int i = 0; i < limited.size(); i++) {
                periods.add(PeriodEarnings.of(limited.get(i), rates, activities.get(i)));
            }
            return periods;
        }
    }
}
