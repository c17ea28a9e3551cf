package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.earnings.EarningsRecords;
import coop.market.domain.earnings.Expense;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.payout.Payout;
import coop.market.domain.report.ContributionIncome;
import coop.market.domain.report.EarningsByMember;
import coop.market.domain.report.ReportPeriod;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Money;
import coop.market.domain.statement.PayoutMade;
import coop.market.domain.statement.ReceivedMoney;
import coop.market.domain.statement.Statement;
import coop.market.domain.statement.StatementHeader;
import coop.market.domain.statement.StatementInputs;
import coop.market.domain.statement.StatementRecords;
import coop.market.domain.statement.TaxYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The staff's reports: each member's earnings and the co-op's contribution income over a period, and every
 * member's totals for a tax year. They read the books as members' statements do (one query each for all members,
 * not one per member), so a member's row agrees with their own statement to the penny. Each report is read in
 * one transaction: the figures are of one moment of the books.
 */
@ApplicationScoped
@Transactional
public class ReportService {

    /** How many tax years before this one staff can choose: records are kept at least this long. */
    static final int EARLIER_TAX_YEARS = 5;

    private static final String WHAT = "see the co-op's reports";

    @Inject
    StatementRecords records;

    @Inject
    EarningsRecords earningsRecords;

    @Inject
    MemberRepository members;

    @Inject
    CooperativeService cooperative;

    /** A period's report: what each member earned in it, and what the co-op kept as contributions. */
    public record PeriodReport(ReportPeriod period, EarningsByMember earnings, ContributionIncome contributions) {
    }

    /** Every member's statement for a tax year, by name. */
    public record TaxYearTotals(TaxYear year, List<Statement> members) {

        public TaxYearTotals {
            members = List.copyOf(members);
        }
    }

    /** The periods to choose from: this tax year and the ones before it, then this month and last month. */
    public List<ReportPeriod> periods(Actor actor) {
        Permissions.requireStaff(actor, WHAT);
        LocalDate today = cooperative.today();
        int thisYear = TaxYear.containing(today).startYear();
        List<ReportPeriod> periods = new ArrayList<>();
        for (int year = thisYear; year >= Math.max(TaxYear.FIRST, thisYear - EARLIER_TAX_YEARS); year--) {
            periods.add(ReportPeriod.of(new TaxYear(year)));
        }
        YearMonth month = YearMonth.from(today);
        periods.add(ReportPeriod.of(month));
        periods.add(ReportPeriod.of(month.minusMonths(1)));
        return periods;
    }

    /**
     * The period a key names ({@code tax-year-2026}, {@code month-2026-12}; blank: this tax year). A period not
     * begun yet, or a key naming none, is refused, naming the field {@code period}.
     */
    public ReportPeriod period(String key, Actor actor) {
        Permissions.requireStaff(actor, WHAT);
        LocalDate today = cooperative.today();
        if (key == null || key.isBlank()) {
            return ReportPeriod.of(TaxYear.containing(today));
        }
        FieldErrors errors = new FieldErrors();
        ReportPeriod period = null;
        try {
            period = ReportPeriod.parse(key);
            if (!period.begunBy(today)) {
                errors.add("period", "Choose a period that has begun: " + period.name() + " has not");
            }
        } catch (IllegalArgumentException e) {
            errors.add("period", e.getMessage());
        }
        errors.throwIfAny();
        return period;
    }

    /** What each member earned in the period and what the co-op kept as contributions, month by month. */
    public PeriodReport report(ReportPeriod period, Actor actor) {
        Permissions.requireStaff(actor, WHAT);
        ZoneId zone = cooperative.zone();
        Currency currency = cooperative.currency();
        Map<String, List<ReceivedMoney>> received = records.receivedByMember(period.start(zone), period.end(zone),
                currency);
        List<PayoutMade> payouts = records.payoutsMade(period.start(zone), period.end(zone)).stream()
                .map(payout -> PayoutMade.of(payout, zone)).toList();
        return new PeriodReport(period, EarningsByMember.of(received, members.displayNames(received.keySet()),
                currency), ContributionIncome.of(period, payouts, currency));
    }

    /**
     * Every member's statement for the tax year written ("2026" or "2026-27"; blank: this one), by name, without
     * their benefit periods (the tax return needs none): members with nothing in the year have a statement of
     * noughts. A year not begun is refused, naming the field {@code taxYear}.
     */
    public TaxYearTotals taxYear(String taxYear, Actor actor) {
        Permissions.requireStaff(actor, WHAT);
        LocalDate today = cooperative.today();
        TaxYear year = StatementService.taxYear(taxYear, today);
        ReportPeriod period = ReportPeriod.of(year);
        ZoneId zone = cooperative.zone();
        Currency currency = cooperative.currency();
        Map<String, List<ReceivedMoney>> received = records.receivedByMember(period.start(zone), period.end(zone),
                currency);
        Map<String, List<PayoutMade>> payouts = records.payoutsMade(period.start(zone), period.end(zone)).stream()
                .collect(Collectors.groupingBy(Payout::memberId,
                        Collectors.mapping(payout -> PayoutMade.of(payout, zone), Collectors.toList())));
        Map<String, List<Expense>> expenses = earningsRecords.expenses(year.start(), year.end()).stream()
                .collect(Collectors.groupingBy(Expense::memberId));
        Money allowance = StatementService.tradingAllowance(earningsRecords.rates(), year);
        Map<String, String> names = members.allNames();
        Set<String> everyone = new TreeSet<>(names.keySet());
        everyone.addAll(received.keySet());
        everyone.addAll(payouts.keySet());
        everyone.addAll(expenses.keySet());
        String coop = cooperative.contact().coopName();
        return new TaxYearTotals(year, everyone.stream()
                .map(member -> Statement.of(new StatementHeader(coop, member,
                        names.getOrDefault(member, EarningsByMember.FORMER_MEMBER), year, today),
                        new StatementInputs(zone, currency, received.getOrDefault(member, List.of()),
                                payouts.getOrDefault(member, List.of()), expenses.getOrDefault(member, List.of()),
                                allowance, List.of())))
                .sorted(Comparator.comparing((Statement statement) -> statement.header().memberName())
                        .thenComparing(statement -> statement.header().memberId()))
                .toList());
    }

    /** The members' tax-year totals as one CSV file, a row per member. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String taxYearCsv(TaxYearTotals totals) {
        return TaxYearCsv.of(totals.members());
    }
}
