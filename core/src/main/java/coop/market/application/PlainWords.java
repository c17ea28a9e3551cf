package coop.market.application;

import coop.market.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Money, days and times the way people say them in the UK: "£45.00", "Tuesday 9 March 2027",
 * "9am", "2:30pm", "midday". Used wherever the co-op writes to people, in emails and on pages.
 */
public final class PlainWords {

    private static final Map<Currency, String> SYMBOLS = new ConcurrentHashMap<>();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    private PlainWords() {
    }

    /**
     * "£45.00", "£1,234.05", "-£3.00". Written by hand: a NumberFormat must be made for each call (they are not
     * thread-safe), and making one was a noticeable part of every booking (each writes two e-mails).
     */
    public static String money(Money money) {
        String digits = money.toDecimal().abs().toPlainString();
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        StringBuilder text = new StringBuilder(digits.length() + 8);
        if (money.minor() < 0) {
            text.append('-');
        }
        text.append(SYMBOLS.computeIfAbsent(money.currency(), currency -> currency.getSymbol(Locale.UK)));
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                text.append(',');
            }
            text.append(whole.charAt(i));
        }
        return point < 0 ? text.toString() : text.append(digits, point, digits.length()).toString();
    }

    /** "9 March 2027", as on letters and invoices. */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** "9 Mar 2027", where space is short (invoice lines, tables). */
    public static String shortDate(LocalDate day) {
        return SHORT_DATE.format(day);
    }

    /** "Tuesday 9 March 2027". */
    public static String day(LocalDate day) {
        return DAY.format(day);
    }

    /** "9am", "9:30am", "2pm", "midday", "midnight". */
    public static String time(LocalTime time) {
        if (time.getHour() == 12 && time.getMinute() == 0) {
            return "midday";
        }
        if (time.getHour() == 0 && time.getMinute() == 0) {
            return "midnight";
        }
        int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
        String minutes = time.getMinute() == 0 ? "" : (time.getMinute() < 10 ? ":0" : ":") + time.getMinute();
        return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
    }

    /** "Tuesday 9 March 2027, 9am to 11am", in the co-op's zone. */
    public static String when(Instant start, Instant end, ZoneId zone) {
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = end.atZone(zone);
        String ending = from.toLocalDate().equals(to.toLocalDate()) ? time(to.toLocalTime())
                : day(to.toLocalDate()) + ", " + time(to.toLocalTime());
        return day(from.toLocalDate()) + ", " + time(from.toLocalTime()) + " to " + ending;
    }

    /** "Tuesday 9 March 2027 at 9am". */
    public static String at(Instant instant, ZoneId zone) {
        ZonedDateTime at = instant.atZone(zone);
        return day(at.toLocalDate()) + " at " + time(at.toLocalTime());
    }

    /** "2 hours 30 minutes", "1 hour", "45 minutes". */
    public static String duration(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
        String m = minutes == 0 ? "" : minutes + " minutes";
        return (h + " " + m).strip();
    }
}
