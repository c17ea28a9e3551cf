package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.earnings.BenefitRate;
import coop.market.domain.earnings.BenefitRates;
import coop.market.domain.earnings.EarningsRecords;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Money;
import coop.market.domain.shared.NotFoundException;
import coop.market.domain.statement.PayoutMade;
import coop.market.domain.statement.Statement;
import coop.market.domain.statement.StatementHeader;
import coop.market.domain.statement.StatementInputs;
import coop.market.domain.statement.StatementPrinter;
import coop.market.domain.statement.StatementRecords;
import coop.market.domain.statement.TaxYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Members' tax-year statements for self-assessment: staff read any member's, a member their own. Everything is
 * read in one transaction, so the figures are of one moment of the books.
 */
@ApplicationScoped
@Transactional
public class StatementService {

    @Inject
    StatementRecords records;

    @Inject
    EarningsRecords earningsRecords;

    @Inject
    MemberEarnings earnings;

    @Inject
    MemberRepository members;

    @Inject
    CooperativeService cooperative;

    @Inject
    StatementPrinter printer;

    /**
     * The member's statement for the tax year written ("2026" or "2026-27"; blank: the tax year containing
     * today). A year not begun yet is refused.
     */
    public Statement statement(String memberId, String taxYear, Actor actor) {
        Permissions.requireSelfOrStaff(memberId, actor, "read a member's statements");
        String name = members.displayName(memberId).orElseThrow(() -> new NotFoundException("Member", memberId));
        LocalDate today = cooperative.today();
        TaxYear year = taxYear(taxYear, today);
        ZoneId zone = cooperative.zone();
        Instant from = year.start().atStartOfDay(zone).toInstant();
        Instant to = year.next().start().atStartOfDay(zone).toInstant();
        MemberEarnings.Reader reader = earnings.reader(memberId);
        Money allowance = tradingAllowance(reader.rates(), year);
        List<PayoutMade> payouts = records.payoutsMade(memberId, from, to).stream()
                .map(payout -> PayoutMade.of(payout, zone)).toList();
        StatementInputs inputs = new StatementInputs(zone, cooperative.currency(),
                records.received(memberId, from, to, cooperative.currency()), payouts,
                earningsRecords.expenses(memberId, year.start(), year.end()), allowance,
                // Members without a limit have no benefit periods to report: their weeks are not read at all.
                reader.hasLimit() ? reader.periods(year.start(), year.end()) : List.of());
        return Statement.of(new StatementHeader(cooperative.contact().coopName(), memberId, name, year, today), inputs);
    }

    /** The signed-in member's own statement. */
    public Statement myStatement(String taxYear, Actor actor) {
        if (actor.memberId() == null) {
            throw new AccessDeniedException("Only members have statements here");
        }
        return statement(actor.memberId(), taxYear, actor);
    }

    /** The statement as a PDF; the caller has read it, so who may see it is settled. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] pdf(Statement statement) {
        return printer.pdf(statement);
    }

    /** The statement as one CSV file for a spreadsheet or accounting software. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String csv(Statement statement) {
        return StatementCsv.of(statement);
    }

    /** The trading allowance in force for the year, or null if none was. */
    static Money tradingAllowance(BenefitRates rates, TaxYear year) {
        return rates.inForce(BenefitRate.TRADING_ALLOWANCE, year.start()).map(BenefitRate::money).orElse(null);
    }

    /** The tax year written ("2026" or "2026-27"; blank: this one); one not begun is refused, naming the field. */
    static TaxYear taxYear(String written, LocalDate today) {
        if (written == null || written.isBlank()) {
            return TaxYear.containing(today);
        }
        FieldErrors errors = new FieldErrors();
        TaxYear year = null;
        try {
            year = TaxYear.parse(written);
            if (year.start().isAfter(today)) {
                errors.add("taxYear", "The " + year.label() + " tax year has not begun yet");
            }
        } catch (IllegalArgumentException e) {
            errors.add("taxYear", e.getMessage());
        }
        errors.throwIfAny();
        return year;
    }
}
