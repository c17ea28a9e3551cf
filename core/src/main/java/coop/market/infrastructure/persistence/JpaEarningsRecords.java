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
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/** Earnings limits, the rate table, expenses, admin hours and warnings in JPA; the period sums in three small queries. */
@ApplicationScoped
public class JpaEarningsRecords implements EarningsRecords {

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
        return em.createQuery("select e from Expense e where e.memberId = :member and e.spentOn >= :from"
                        + " and e.spentOn <= :to order by e.spentOn, e.createdAt", Expense.class)
                .setParameter("member", memberId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList();
    }

    @Override
    public void add(AdminHours hours) {
        em.persist(hours);
    }

    @Override
    public PeriodActivity activity(String memberId, BenefitPeriod period, Instant from, Instant to,
            Currency currency) {
        long supplied = 0;
        long confirmed = 0;
        long workMinutes = 0;
        List<Object[]> work = em.createQuery("select b.status, sum(b.priceMinor), sum(b.durationMinutes)"
                        + " from Booking b where b.memberId = :member and b.start >= :from and b.start < :to"
                        + " and b.status in :counted group by b.status", Object[].class)
                .setParameter("member", memberId)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("counted", List.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED))
                .getResultList();
        for (Object[] row : work) {
            long price = ((Number) row[1]).longValue();
            if (row[0] == BookingStatus.COMPLETED) {
                supplied += price;
            } else {
                confirmed += price;
            }
            workMinutes += ((Number) row[2]).longValue();
        }
        Number expenses = em.createQuery("select sum(e.amountMinor) from Expense e where e.memberId = :member"
                        + " and e.spentOn >= :from and e.spentOn <= :to", Number.class)
                .setParameter("member", memberId)
                .setParameter("from", period.start())
                .setParameter("to", period.end())
                .getSingleResult();
        Number admin = em.createQuery("select sum(h.minutes) from AdminHours h where h.memberId = :member"
                        + " and h.workedOn >= :from and h.workedOn <= :to", Number.class)
                .setParameter("member", memberId)
                .setParameter("from", period.start())
                .setParameter("to", period.end())
                .getSingleResult();
        return new PeriodActivity(Money.ofMinor(supplied, currency), Money.ofMinor(confirmed, currency),
                Money.ofMinor(expenses == null ? 0 : expenses.longValue(), currency), workMinutes,
                admin == null ? 0 : admin.longValue());
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
