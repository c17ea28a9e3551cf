package coop.market.application;

import coop.market.domain.earnings.BenefitPeriod;
import coop.market.domain.earnings.BenefitRates;
import coop.market.domain.earnings.EarningsRecords;
import coop.market.domain.earnings.LimitHistory;
import coop.market.domain.earnings.PeriodEarnings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
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

        /** Every period touching from..to (both included). */
        public List<PeriodEarnings> periods(LocalDate from, LocalDate to) {
            return history.periods(from, to).stream().map(this::read).toList();
        }

        /** The period the day is in. */
        public PeriodEarnings periodOf(LocalDate day) {
            return read(history.periodOf(day));
        }

        public boolean hasLimit() {
            return history.inForce(LocalDate.MAX).isPresent();
        }

        /** The rate table as it was read for this member's periods. */
        public BenefitRates rates() {
            return rates;
        }

        private PeriodEarnings read(LimitHistory.LimitedPeriod limited) {
            ZoneId zone = cooperative.zone();
            BenefitPeriod period = limited.period();
            return PeriodEarnings.of(limited, rates, records.activity(memberId, period,
                    period.start().atStartOfDay(zone).toInstant(), period.next().atStartOfDay(zone).toInstant(),
                    cooperative.currency()));
        }
    }
}
