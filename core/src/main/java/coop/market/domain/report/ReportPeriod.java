package coop.market.domain.report;

import coop.market.domain.shared.DateRange;
import coop.market.domain.statement.TaxYear;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The days a report covers: a UK tax year or a calendar month, with the key a link names it by
 * ({@code tax-year-2026}, {@code month-2026-12}) and its name in words.
 */
public record ReportPeriod(String key, String name, DateRange days) {

    private static final String TAX_YEAR = "tax-year-";
    private static final String MONTH = "month-";

    public ReportPeriod {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(days, "days");
        // A period before the first tax year the co-op keeps is refused here, with the tax year's own words.
        TaxYear.containing(days.from());
    }

    /** "the 2026-27 tax year", 6 April 2026 to 5 April 2027. */
    public static ReportPeriod of(TaxYear year) {
        return new ReportPeriod(TAX_YEAR + year.startYear(), "the " + year.label() + " tax year", year.days());
    }

    /** "December 2026". */
    public static ReportPeriod of(YearMonth month) {
        return new ReportPeriod(MONTH + month, month.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " "
                + month.getYear(), new DateRange(month.atDay(1), month.atEndOfMonth()));
    }

    /**
     * The period a key names.
     *
     * @throws IllegalArgumentException with a message saying what to choose instead
     */
    public static ReportPeriod parse(String key) {
        String written = key == null ? "" : key.strip();
        if (written.startsWith(TAX_YEAR)) {
            return of(TaxYear.parse(written.substring(TAX_YEAR.length())));
        }
        if (written.startsWith(MONTH)) {
            try {
                return of(YearMonth.parse(written.substring(MONTH.length())));
            } catch (DateTimeParseException e) {
                // Said below, as for any other key.
            }
        }
        throw new IllegalArgumentException("Choose a tax year or a month");
    }

    /** The tax year the period is in (a month is in the one it starts in). */
    public TaxYear taxYear() {
        return TaxYear.containing(days.from());
    }

    /** Whether the period has begun by the day. */
    public boolean begunBy(LocalDate day) {
        return !days.from().isAfter(day);
    }

    /** The calendar months of the period, clipped to it. */
    public List<DateRange> months() {
        return days.months();
    }

    /** The first moment of the period where the co-op is. */
    public Instant start(ZoneId zone) {
        return days.from().atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period where the co-op is. */
    public Instant end(ZoneId zone) {
        return days.to().plusDays(1).atStartOfDay(zone).toInstant();
    }
}
