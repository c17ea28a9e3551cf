package coop.market.infrastructure.persistence;

import coop.market.domain.booking.BookingStatus;
import coop.market.domain.earnings.AdminHours;
import coop.market.domain.earnings.BenefitPeriod;
import coop.market.domain.earnings.BenefitRate;
import coop.market.domain.earnings.BenefitRates;
import coop.market.domain.earnings.EarningsLimit;
import coop.market.domain.earnings.EarningsRecords;
import coop.market.domain.earnings.Expense;
import coop.market.domain.earnings.PeriodActivity;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/** Earnings limits, the rate table, expenses, admin hours and warnings in JPA; periods' sums in three queries. */
@ApplicationScoped
public class JpaEarningsRecords implements EarningsRecords {

    /** The columns of a period's sums in {@link #activities}. */
    private static final int SUPPLIED = 0;
    private static final int CONFIRMED = 1;
    private static final int EXPENSES = 2;
    private static final int WORK = 3;
    private static final int ADMIN = 4;

    private static final String EXPENSES_DATED = "select e from Expense e where %s e.spentOn >= :from"
            + " and e.spentOn <= :to order by e.spentOn, e.createdAt";

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaEarningsRecords() {
    }

    public JpaEarningsRecords(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(EarningsLimit limit) {
        em.persist(limit);
    }

    @Override
    public List<EarningsLimit> limitsOf(String memberId) {
        return em.createQuery("select l from EarningsLimit l where l.memberId = :member", EarningsLimit.class)
                .setParameter("member", memberId)
                .getResultList();
    }

    @Override
    public List<String> membersWithLimits() {
        return em.createQuery("select distinct l.memberId from EarningsLimit l order by l.memberId", String.class)
                .getResultList();
    }

    @Override
    public void add(BenefitRate rate) {
        em.persist(rate);
        em.flush();
    }

    @Override
    public BenefitRates rates() {
        return new BenefitRates(em.createQuery("select r from BenefitRate r", BenefitRate.class).getResultList());
    }

    @Override
    public void add(Expense expense) {
        em.persist(expense);
    }

    @Override
    public List<Expense> expenses(String memberId, LocalDate from, LocalDate to) {
        return expenses(em.createQuery(EXPENSES_DATED.formatted("e.memberId = :member and"), Expense.class)
                .setParameter("member", memberId), from, to);
    }

    @Override
    public List<Expense> expenses(LocalDate from, LocalDate to) {
        return expenses(em.createQuery(EXPENSES_DATED.formatted(""), Expense.class), from, to);
    }

    private static List<Expense> expenses(TypedQuery<Expense> query, LocalDate from, LocalDate to) {
        return query.setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public void add(AdminHours hours) {
        em.persist(hours);
    }

    @Override
    public List<PeriodActivity> activities(String memberId, List<BenefitPeriod> periods, ZoneId zone,
            Currency currency) {
        if (periods.isEmpty()) {
            return List.of();
        }
        LocalDate first = periods.get(0).start();
        LocalDate last = periods.get(periods.size() - 1).end();
        long[][] sums = new long[periods.size()][5];
        em.createQuery("select b.start, b.status, b.priceMinor, b.durationMinutes from Booking b"
                        + " where b.memberId = :member and b.start >= :from and b.start < :to and b.status in :counted",
                        Object[].class)
                .setParameter("member", memberId)
                .setParameter("from", first.atStartOfDay(zone).toInstant())
                .setParameter("to", last.plusDays(1).atStartOfDay(zone).toInstant())
                .setParameter("counted", List.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED))
                .getResultList()
                .forEach(row -> periodOf(periods, ((Instant) row[0]).atZone(zone).toLocalDate()).ifPresent(i -> {
                    sums[i][row[1] == BookingStatus.COMPLETED ? SUPPLIED : CONFIRMED] += ((Number) row[2]).longValue();
                    sums[i][WORK] += ((Number) row[3]).longValue();
                }));
        sumByDay("select e.spentOn, sum(e.amountMinor) from Expense e where e.memberId = :member"
                + " and e.spentOn >= :from and e.spentOn <= :to group by e.spentOn", memberId, periods, sums, EXPENSES);
        sumByDay("select h.workedOn, sum(h.minutes) from AdminHours h where h.memberId = :member"
                + " and h.workedOn >= :from and h.workedOn <= :to group by h.workedOn", memberId, periods, sums, ADMIN);
        List<PeriodActivity> activities = new ArrayList<>();
        for (long[] sum : sums) {
            activities.add(new PeriodActivity(Money.ofMinor(sum[SUPPLIED], currency),
                    Money.ofMinor(sum[CONFIRMED], currency), Money.ofMinor(sum[EXPENSES], currency), sum[WORK],
                    sum[ADMIN]));
        }
        return activities;
    }

    /** Adds a query's sums per day ({@code [day, sum]} rows) to the {@code column} of each day's period. */
    private void sumByDay(String query, String memberId, List<BenefitPeriod> periods, long[][] sums, int column) {
        em.createQuery(query, Object[].class)
                .setParameter("member", memberId)
                .setParameter("from", periods.get(0).start())
                .setParameter("to", periods.get(periods.size() - 1).end())
                .getResultList()
                .forEach(row -> periodOf(periods, (LocalDate) row[0])
                        .ifPresent(i -> sums[i][column] += ((Number) row[1]).longValue()));
    }

    /** The index of the period the day is in, found by halves (periods are in order). */
    private static Optional<Integer> periodOf(List<BenefitPeriod> periods, LocalDate day) {
        int low = 0;
        int high = periods.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            BenefitPeriod period = periods.get(middle);
            if (day.isBefore(period.start())) {
                high = middle - 1;
            } else if (day.isAfter(period.end())) {
                low = middle + 1;
            } else {
                return Optional.of(middle);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean warnOnce(String memberId, LocalDate periodStart, Instant now) {
        // Called under the member's lock (as confirming work is), so looking first cannot race; the primary key
        // stands behind it.
        Number known = (Number) em.createNativeQuery("SELECT COUNT(*) FROM earnings_warning WHERE member_id = ?"
                        + " AND period_start = ?")
                .setParameter(1, memberId)
                .setParameter(2, Date.valueOf(periodStart))
                .getSingleResult();
        if (known.longValue() > 0) {
            return false;
        }
        em.createNativeQuery("INSERT INTO earnings_warning (member_id, period_start, warned_at) VALUES (?, ?, ?)")
                .setParameter(1, memberId)
                .setParameter(2, Date.valueOf(periodStart))
                .setParameter(3, Timestamp.from(now))
                .executeUpdate();
        return true;
    }
}
