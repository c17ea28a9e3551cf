package coop.market.application;

import coop.market.domain.shared.Money;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Money, days and times the way people say them in the UK: "£45.00", "Tuesday 9 March 2027",
 * "9am", "2:30pm", "midday". Used wherever the co-op writes to people, in emails and on pages.
 */
public final class PlainWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private PlainWords() {
    }

    /** "£45.00". */
    public static String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        format.setCurrency(money.currency());
        return format.format(money.toDecimal());
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
        String minutes = time.getMinute() == 0 ? "" : String.format(Locale.UK, ":%02d", time.getMinute());
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
