package coop.market.domain.earnings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/** Where limits, rates, expenses, admin hours and warnings are kept, and the sums earnings are made of. */
public interface EarningsRecords {

    void add(EarningsLimit limit);

    /** Every limit the member has had, in no particular order. */
    List<EarningsLimit> limitsOf(String memberId);

    /** Members with any limit set, for the near-limit list. */
    List<String> membersWithLimits();

    void add(BenefitRate rate);

    BenefitRates rates();

    void add(Expense expense);

    /** The member's expenses dated from..to (both included), by date. */
    List<Expense> expenses(String memberId, LocalDate from, LocalDate to);

    /** Every member's expenses dated from..to (both included), by date. */
    List<Expense> expenses(LocalDate from, LocalDate to);

    void add(AdminHours hours);

    /**
     * The member's activity in each of these periods (in order, none overlapping): completed and confirmed bookings
     * starting in it (on its days in the co-op's zone), expenses and admin minutes dated in it. Read over the whole
     * stretch at once: a year of weeks is three queries, not three a week.
     */
    List<PeriodActivity> activities(String memberId, List<BenefitPeriod> periods, ZoneId zone, Currency currency);

    /**
     * Records that staff were warned about the member's period, unless they were already.
     *
     * @return whether this call recorded it (so the warning should go now)
     */
    boolean warnOnce(String memberId, LocalDate periodStart, Instant now);
}
