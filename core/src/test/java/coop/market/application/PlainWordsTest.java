package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.shared.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PlainWordsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void timesAsPeopleSayThem() {
        assertEquals("9am", PlainWords.time(LocalTime.of(9, 0)));
        assertEquals("9:30am", PlainWords.time(LocalTime.of(9, 30)));
        assertEquals("midday", PlainWords.time(LocalTime.NOON));
        assertEquals("12:30pm", PlainWords.time(LocalTime.of(12, 30)));
        assertEquals("2:05pm", PlainWords.time(LocalTime.of(14, 5)));
        assertEquals("midnight", PlainWords.time(LocalTime.MIDNIGHT));
        assertEquals("12:15am", PlainWords.time(LocalTime.of(0, 15)));
    }

    @Test
    void daysInFull() {
        assertEquals("Sunday 28 March 2027", PlainWords.day(LocalDate.of(2027, 3, 28)));
    }

    @Test
    void localTimesOnBothSidesOfTheClockChange() {
        // 09:00 in winter is 09:00Z; in summer (from 28 March 2027) it is 08:00Z.
        assertEquals("Saturday 27 March 2027, 9am to 11am",
                PlainWords.when(Instant.parse("2027-03-27T09:00:00Z"), Instant.parse("2027-03-27T11:00:00Z"), LONDON));
        assertEquals("Monday 29 March 2027, 9am to 10:30am",
                PlainWords.when(Instant.parse("2027-03-29T08:00:00Z"), Instant.parse("2027-03-29T09:30:00Z"), LONDON));
        assertEquals("Friday 31 December 2027, 11pm to Saturday 1 January 2028, 1am",
                PlainWords.when(Instant.parse("2027-12-31T23:00:00Z"), Instant.parse("2028-01-01T01:00:00Z"), LONDON));
        assertEquals("Monday 29 March 2027 at 9am", PlainWords.at(Instant.parse("2027-03-29T08:00:00Z"), LONDON));
    }

    @Test
    void moneyAndDurations() {
        assertEquals("£45.00", PlainWords.money(Money.gbp(4500)));
        assertEquals("£1,234.05", PlainWords.money(Money.gbp(123405)));
        assertEquals("£0.00", PlainWords.money(Money.gbp(0)));
        assertEquals("£0.07", PlainWords.money(Money.gbp(7)));
        assertEquals("£123,456.00", PlainWords.money(Money.gbp(12345600)));
        assertEquals("-£1,234,567.50", PlainWords.money(Money.gbp(-123456750)));
        assertEquals("€12.30", PlainWords.money(Money.ofMinor(1230, "EUR")));
        assertEquals("JP¥1,500", PlainWords.money(Money.ofMinor(1500, "JPY")));
        assertEquals("2 hours 30 minutes", PlainWords.duration(Duration.ofMinutes(150)));
        assertEquals("1 hour", PlainWords.duration(Duration.ofHours(1)));
        assertEquals("48 hours", PlainWords.duration(Duration.ofHours(48)));
        assertEquals("45 minutes", PlainWords.duration(Duration.ofMinutes(45)));
    }
}
