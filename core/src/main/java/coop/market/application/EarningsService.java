package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.earnings.AdminHours;
import coop.market.domain.earnings.BenefitRate;
import coop.market.domain.earnings.EarningsLimit;
import coop.market.domain.earnings.EarningsRecords;
import coop.market.domain.earnings.Expense;
import coop.market.domain.earnings.ExpenseCategory;
import coop.market.domain.earnings.LimitHistory;
import coop.market.domain.earnings.LimitKind;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.earnings.PeriodLength;
import coop.market.domain.earnings.PeriodPattern;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.Money;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Members' benefit earnings limits and what counts against them: staff set a member's limit (audited), record
 * allowable expenses and admin hours, keep the rate table up to date each April, and read earnings period by
 * period; a member reads their own current and next period.
 */
@ApplicationScoped
@Transactional
public class EarningsService {

    /** The longest stretch one earnings request may cover: about two years of weeks. */
    static final long LONGEST_RANGE_DAYS = 750;

    @Inject
    EarningsRecords records;

    @Inject
    MemberEarnings earnings;

    @Inject
    MemberRepository members;

    @Inject
    CooperativeService cooperative;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Sets the member's limit from a day on; earlier periods keep the limits they had. */
    public EarningsLimit setLimit(String memberId, NewEarningsLimit request, Actor actor) {
        Permissions.requireStaff(actor, "set earnings limits");
        requireMember(memberId);
        Currency currency = cooperative.currency();
        FieldErrors errors = new FieldErrors();
        LimitKind kind = errors.choice("kind", request.kind(), LimitKind.class, null);
        PeriodLength length = request.period() == null || request.period().isBlank()
                ? (kind == null ? null : kind.fixedPeriod())
                : errors.choice("period", request.period(), PeriodLength.class, null);
        if (kind != null && length == null && errors.isEmpty()) {
            errors.add("period", "Say whether the limit is per WEEK or per MONTH");
        } else if (kind != null && length != null && kind.fixedPeriod() != null && kind.fixedPeriod() != length) {
            errors.add("period", kind + " is counted per " + kind.fixedPeriod());
        }
        Money amount = amount("amount", request.amountMinor(), request.currency(), currency,
                kind != LimitKind.ESA_PERMITTED_WORK, errors);
        LocalDate periodStart = errors.date("periodStart", request.periodStart(), false);
        LocalDate effectiveFrom = errors.date("effectiveFrom", request.effectiveFrom(), false);
        if (periodStart == null && blank(request.periodStart()) && kind == LimitKind.UC_ASSESSMENT) {
            errors.add("periodStart", "Give the first day of one of the member's assessment periods");
        }
        if (effectiveFrom == null && blank(request.effectiveFrom())) {
            errors.add("effectiveFrom", "Give the day the limit applies from");
        }
        errors.throwIfAny();
        if (periodStart == null) {
            // Weeks run Monday to Sunday, months from the day the limit applies.
            periodStart = length == PeriodLength.WEEK
                    ? effectiveFrom.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : effectiveFrom;
        }
        Instant now = clock.instant();
        EarningsLimit limit = new EarningsLimit(Ids.newId(), memberId, kind, amount, currency,
                new PeriodPattern(length, periodStart), effectiveFrom, now, actor.email());
        records.add(limit);
        audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), memberId,
                "earnings-limit.set", kind + " " + (amount == null ? "at the ESA higher rate" : amount.toString())
                        + " per " + length.name().toLowerCase(Locale.ROOT) + " from " + effectiveFrom
                        + " (periods start " + periodStart + ")"));
        return limit;
    }

    /** The member's limit in force today, if any. */
    public Optional<EarningsLimit> limitToday(String memberId) {
        return new LimitHistory(records.limitsOf(memberId)).inForce(cooperative.today());
    }

    /** Staff: a member's earnings in every period touching from..to (both included; default: this period and the next). */
    public List<PeriodEarnings> earnings(String memberId, String from, String to, Actor actor) {
        Permissions.requireStaff(actor, "read members' earnings");
        requireMember(memberId);
        FieldErrors errors = new FieldErrors();
        LocalDate first = errors.date("from", from, false);
        LocalDate last = errors.date("to", to, false);
        errors.throwIfAny();
        if (first == null && last == null) {
            return currentAndNext(memberId);
        }
        first = first == null ? last : first;
        last = last == null ? first : last;
        if (last.isBefore(first)) {
            errors.add("to", "The last day cannot be before the first");
        } else if (ChronoUnit.DAYS.between(first, last) > LONGEST_RANGE_DAYS) {
            errors.add("to", "Ask for at most " + LONGEST_RANGE_DAYS + " days at a time");
        }
        errors.throwIfAny();
        return earnings.reader(memberId).periods(first, last);
    }

    /** The signed-in member's period today and the next one. */
    public List<PeriodEarnings> myEarnings(Actor actor) {
        if (actor.memberId() == null) {
            throw new AccessDeniedException("Only members have earnings here");
        }
        return currentAndNext(actor.memberId());
    }

    private List<PeriodEarnings> currentAndNext(String memberId) {
        MemberEarnings.Reader reader = earnings.reader(memberId);
        PeriodEarnings current = reader.periodOf(cooperative.today());
        return List.of(current, reader.periodOf(current.period().next()));
    }

    public Expense addExpense(String memberId, NewExpense request, Actor actor) {
        Permissions.requireStaff(actor, "record members' expenses");
        requireMember(memberId);
        FieldErrors errors = new FieldErrors();
        LocalDate day = errors.date("date", request.date(), false);
        if (day == null && blank(request.date())) {
            errors.add("date", "Give the day the money was spent");
        }
        ExpenseCategory category = errors.choice("category", request.category(), ExpenseCategory.class, null);
        Money amount = amount("amount", request.amountMinor(), request.currency(), cooperative.currency(), true, errors);
        if (amount != null && !amount.isPositive()) {
            errors.add("amount.minor", "Enter an amount above nothing, in pence");
        }
        errors.requireText("description", request.description(), 200);
        errors.throwIfAny();
        Instant now = clock.instant();
        Expense expense = new Expense(Ids.newId(), memberId, day, category, amount, request.description().strip(),
                now, actor.email());
        records.add(expense);
        audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), memberId, "expense.recorded",
                category + " " + amount + " on " + day + ": " + expense.description()));
        return expense;
    }

    public List<Expense> expenses(String memberId, String from, String to, Actor actor) {
        Permissions.requireStaff(actor, "read members' expenses");
        requireMember(memberId);
        FieldErrors errors = new FieldErrors();
        LocalDate first = errors.date("from", from, false);
        LocalDate last = errors.date("to", to, false);
        errors.throwIfAny();
        return records.expenses(memberId, first == null ? LocalDate.of(1900, 1, 1) : first,
                last == null ? LocalDate.of(9999, 12, 31) : last);
    }

    public AdminHours addAdminHours(String memberId, NewAdminHours request, Actor actor) {
        Permissions.requireStaff(actor, "record members' admin hours");
        requireMember(memberId);
        FieldErrors errors = new FieldErrors();
        LocalDate day = errors.date("date", request.date(), false);
        if (day == null && blank(request.date())) {
            errors.add("date", "Give the day of the work");
        }
        if (request.minutes() == null || request.minutes() < 1 || request.minutes() > 24 * 60) {
            errors.add("minutes", "Enter 1 to 1440 minutes");
        }
        errors.optionalText("note", request.note(), 200);
        errors.throwIfAny();
        Instant now = clock.instant();
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        AdminHours hours = new AdminHours(Ids.newId(), memberId, day, request.minutes(), note, now, actor.email());
        records.add(hours);
        audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), memberId,
                "admin-hours.recorded", request.minutes() + " minutes on " + day + (note == null ? "" : ": " + note)));
        return hours;
    }

    public List<BenefitRate> rates(Actor actor) {
        Permissions.requireStaff(actor, "read the benefit rates");
        return records.rates().all();
    }

    /** Adds next April's figure (or corrects a future one by adding another for the same day: refused, 409). */
    public BenefitRate addRate(NewBenefitRate request, Actor actor) {
        Permissions.requireStaff(actor, "change the benefit rates");
        FieldErrors errors = new FieldErrors();
        if (!BenefitRate.isName(request.name() == null ? null : request.name().strip())) {
            errors.add("name", "Use capitals, digits and _, e.g. ESA_HIGHER");
        }
        LocalDate from = errors.date("effectiveFrom", request.effectiveFrom(), false);
        if (from == null && blank(request.effectiveFrom())) {
            errors.add("effectiveFrom", "Give the day the figure applies from");
        }
        long value = 0;
        String unit = null;
        if ((request.amountMinor() == null) == (request.minutes() == null)) {
            errors.add("amount", "Give either an amount of money or a number of minutes");
        } else if (request.minutes() != null) {
            if (request.minutes() < 0) {
                errors.add("minutes", "Minutes cannot be negative");
            }
            value = request.minutes();
            unit = BenefitRate.MINUTES;
        } else {
            Money amount = amount("amount", request.amountMinor(), request.currency(), cooperative.currency(), true,
                    errors);
            if (amount != null && amount.isNegative()) {
                errors.add("amount.minor", "An amount cannot be negative");
            } else if (amount != null) {
                value = amount.minor();
                unit = amount.currency().getCurrencyCode();
            }
        }
        errors.throwIfAny();
        String name = request.name().strip();
        // Asked first so the answer names the clash; the table's unique key still decides a race.
        if (records.rates().all().stream().anyMatch(r -> r.name().equals(name) && r.effectiveFrom().equals(from))) {
            throw new ConflictException("rate-exists", "A figure for " + name + " already starts on " + from
                    + ": figures are never changed, so add one from another day");
        }
        BenefitRate rate = new BenefitRate(Ids.newId(), name, from, value, unit, clock.instant(),
                actor.email());
        records.add(rate);
        return rate;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private void requireMember(String memberId) {
        if (members.displayName(memberId).isEmpty()) {
            throw new NotFoundException("Member", memberId);
        }
    }

    /** An amount in the co-op's currency, or null (with an error when {@code required}). */
    private static Money amount(String field, Long minor, String currencyCode, Currency currency, boolean required,
            FieldErrors errors) {
        if (minor == null) {
            if (required) {
                errors.add(field + ".minor", "Enter the amount, in pence");
            }
            return null;
        }
        if (currencyCode != null && !currencyCode.strip().equalsIgnoreCase(currency.getCurrencyCode())) {
            errors.add(field + ".currency", "The co-op works in " + currency.getCurrencyCode());
            return null;
        }
        if (minor < 0) {
            errors.add(field + ".minor", "An amount cannot be negative");
            return null;
        }
        return Money.ofMinor(minor, currency);
    }
}
