package coop.market.domain.statement;

import coop.market.domain.shared.DateRange;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A UK tax year, 6 April to 5 April, named by the year it starts in: 2026 is 6 April 2026 to 5 April 2027,
 * written "2026-27".
 */
public record TaxYear(int startYear) {

    /** Self assessment began with the 1996-97 tax year; the co-op keeps nothing older. */
    public static final int FIRST = 1996;

    /** The last year whose label still has four digits each side. */
    private static final int LAST = 9998;

    private static final MonthDay FIRST_DAY = MonthDay.of(Month.APRIL, 6);

    private static final Pattern WRITTEN = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");

    public TaxYear {
        if (startYear < FIRST || startYear > LAST) {
            throw new IllegalArgumentException("Tax years start from " + FIRST + "-" + two(FIRST + 1)
                    + ": write the year it starts in, e.g. 2026 for 6 April 2026 to 5 April 2027");
        }
    }

    /** The tax year the day falls in: 5 April 2027 is in 2026-27, 6 April 2027 in 2027-28. */
    public static TaxYear containing(LocalDate day) {
        return new TaxYear(day.isBefore(FIRST_DAY.atYear(day.getYear())) ? day.getYear() - 1 : day.getYear());
    }

    /**
     * "2026" or "2026-27".
     *
     * @throws IllegalArgumentException with a message saying what to write instead
     */
    public static TaxYear parse(String text) {
        Matcher written = WRITTEN.matcher(text == null ? "" : text.strip());
        if (!written.matches()) {
            throw new IllegalArgumentException(
                    "Write the year the tax year starts in, e.g. 2026 (or 2026-27) for 6 April 2026 to 5 April 2027");
        }
        TaxYear year = new TaxYear(Integer.parseInt(written.group(1)));
        if (written.group(2) != null && !written.group(2).equals(two(year.startYear + 1))) {
            throw new IllegalArgumentException(text.strip() + " is not a tax year: a tax year starting in "
                    + year.startYear + " is " + year.label());
        }
        return year;
    }

    /** 6 April of the start year. */
    public LocalDate start() {
        return FIRST_DAY.atYear(startYear);
    }

    /** 5 April of the next year, the last day. */
    public LocalDate end() {
        return next().start().minusDays(1);
    }

    public TaxYear next() {
        return new TaxYear(startYear + 1);
    }

    public DateRange days() {
        return new DateRange(start(), end());
    }

    public boolean contains(LocalDate day) {
        return days().contains(day);
    }

    /** "2026-27", as HMRC writes it. */
    public String label() {
        return startYear + "-" + two(startYear + 1);
    }

    /** The calendar months of the year, clipped to it: 6-30 April, May, ..., March, then 1-5 April. */
    public List<DateRange> months() {
        return days().months();
    }

    private static String two(int year) {
        return String.format("%02d", year % 100);
    }
}
