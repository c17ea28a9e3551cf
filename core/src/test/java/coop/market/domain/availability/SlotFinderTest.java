package coop.market.domain.availability;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Slots are written out as "start/end" with the offset in force, so every expectation pins the exact instant as
 * well as the wall-clock time a member or customer would see. All dates are in 2027; 3 May is a Monday.
 */
class SlotFinderTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration HOUR = Duration.ofHours(1);
    private static final LocalDate MON = LocalDate.of(2027, 5, 3);
    private static final LocalDate SPRING_FORWARD = LocalDate.of(2027, 3, 28);
    private static final LocalDate FALL_BACK = LocalDate.of(2027, 10, 31);

    // ---- the weekly pattern ----

    @Test
    void offersEveryHalfHourOfAWeeklyPatternWhereTheWholeJobFits() {
        Rules rules = new Rules().window(MONDAY, "09:00", "11:00").window(WEDNESDAY, "14:00", "15:30");

        List<Slot> slots = SlotFinder.find(rules.build(), MON, MON.plusDays(6), HOUR);

        assertEquals(List.of(
                "2027-05-03T09:00+01:00/2027-05-03T10:00+01:00",
                "2027-05-03T09:30+01:00/2027-05-03T10:30+01:00",
                "2027-05-03T10:00+01:00/2027-05-03T11:00+01:00",
                "2027-05-05T14:00+01:00/2027-05-05T15:00+01:00",
                "2027-05-05T14:30+01:00/2027-05-05T15:30+01:00"), describe(slots));
        assertEquals(LONDON, slots.get(0).start().getZone());
        assertEquals(LONDON, slots.get(0).end().getZone());
    }

    @Test
    void repeatsEveryWeekAndOnlyOnTheDatesAskedFor() {
        Rules rules = new Rules().window(MONDAY, "09:00", "10:00");

        assertEquals(List.of(
                "2027-05-10T09:00+01:00/2027-05-10T10:00+01:00",
                "2027-05-17T09:00+01:00/2027-05-17T10:00+01:00"),
                describe(SlotFinder.find(rules.build(), MON.plusDays(1), MON.plusDays(14), HOUR)));
    }

    @Test
    void offersBothWindowsOfADayInTimeOrder() {
        Rules rules = new Rules().window(MONDAY, "13:00", "14:00").window(MONDAY, "09:00", "10:30");

        assertEquals(List.of(
                "2027-05-03T09:00+01:00/2027-05-03T10:00+01:00",
                "2027-05-03T09:30+01:00/2027-05-03T10:30+01:00",
                "2027-05-03T13:00+01:00/2027-05-03T14:00+01:00"),
                describe(SlotFinder.find(rules.build(), MON, MON, HOUR)));
    }

    @Test
    void overlappingWindowsDoNotOfferAStartTwice() {
        Rules rules = new Rules().window(MONDAY, "09:00", "11:00").window(MONDAY, "10:00", "12:00");

        assertEquals(List.of(
                "2027-05-03T09:00+01:00/2027-05-03T10:00+01:00",
                "2027-05-03T09:30+01:00/2027-05-03T10:30+01:00",
                "2027-05-03T10:00+01:00/2027-05-03T11:00+01:00",
                "2027-05-03T10:30+01:00/2027-05-03T11:30+01:00",
                "2027-05-03T11:00+01:00/2027-05-03T12:00+01:00"),
                describe(SlotFinder.find(rules.build(), MON, MON, HOUR)));
    }

    @Test
    void theGridFollowsTheWindowsOwnStart() {
        Rules rules = new Rules().window(MONDAY, "09:15", "10:45");

        assertEquals(List.of(
                "2027-05-03T09:15+01:00/2027-05-03T10:15+01:00",
                "2027-05-03T09:45+01:00/2027-05-03T10:45+01:00"),
                describe(SlotFinder.find(rules.build(), MON, MON, HOUR)));
    }

    @Test
    void aWindowShorterThanTheJobOffersNothing() {
        Rules rules = new Rules().window(MONDAY, "09:00", "10:00");

        assertEquals(List.of(), SlotFinder.find(rules.build(), MON, MON, Duration.ofMinutes(90)));
        assertEquals(List.of("2027-05-03T09:00+01:00/2027-05-03T10:00+01:00"),
                describe(SlotFinder.find(rules.build(), MON, MON, HOUR)));
    }

    @Test
    void aWindowRunningToMidnightStopsAtTheEndOfTheDay() {
        Rules rules = new Rules().window(MONDAY, "22:30", "23:59");

        assertEquals(List.of(
                "2027-05-03T22:30+01:00/2027-05-03T23:00+01:00",
                "2027-05-03T23:00+01:00/2027-05-03T23:30+01:00"),
                describe(SlotFinder.find(rules.build(), MON, MON, Duration.ofMinutes(30))));
    }

    // ---- notice, the past, the horizon, absences ----

    @Test
    void noticeKeepsStartsBeforeNowPlusNoticeOff() {
        Rules rules = new Rules().window(MONDAY, "09:00", "12:00").window(TUESDAY, "09:00", "12:00")
                .now("2027-05-03T10:00").notice(Duration.ofHours(24));

        assertEquals(List.of(
                "2027-05-04T10:00+01:00/2027-05-04T11:00+01:00",
                "2027-05-04T10:30+01:00/2027-05-04T11:30+01:00",
                "2027-05-04T11:00+01:00/2027-05-04T12:00+01:00"),
                describe(SlotFinder.find(rules.build(), MON, MON.plusDays(1), HOUR)));
    }

    @Test
    void startsInThePastNeverAppearEvenWithoutNotice() {
        Rules rules = new Rules().window(SUNDAY, "09:00", "12:00").window(MONDAY, "09:00", "12:00")
                .now("2027-05-03T10:15").notice(Duration.ZERO);

        assertEquals(List.of(
                "2027-05-03T10:30+01:00/2027-05-03T11:30+01:00",
                "2027-05-03T11:00+01:00/2027-05-03T12:00+01:00"),
                describe(SlotFinder.find(rules.build(), MON.minusDays(1), MON, HOUR)));
    }

    @Test
    void aNegativeNoticeStillCannotReachIntoThePast() {
        Rules rules = new Rules().window(MONDAY, "09:00", "12:00")
                .now("2027-05-03T10:30").notice(Duration.ofHours(-3));

        assertEquals(List.of("2027-05-03T10:30+01:00/2027-05-03T11:30+01:00",
                "2027-05-03T11:00+01:00/2027-05-03T12:00+01:00"),
                describe(SlotFinder.find(rules.build(), MON, MON, HOUR)));
    }

    @Test
    void nothingIsOfferedPastTheHorizon() {
        // Today is Monday 3 May; one week ahead is Monday 10 May, which is still bookable.
        Rules rules = new Rules().window(MONDAY, "09:00", "10:00").window(TUESDAY, "09:00", "10:00")
                .now("2027-05-03T08:00").horizonWeeks(1);

        assertEquals(List.of(
                "2027-05-03T09:00+01:00/2027-05-03T10:00+01:00",
                "2027-05-04T09:00+01:00/2027-05-04T10:00+01:00",
                "2027-05-10T09:00+01:00/2027-05-10T10:00+01:00"),
                describe(SlotFinder.find(rules.build(), MON, MON.plusDays(21), HOUR)));
    }

    @Test
    void skipsEveryDayOfAnAbsenceBothEndsIncluded() {
        Rules rules = new Rules().window(MONDAY, "09:00", "10:00").window(TUESDAY, "09:00", "10:00")
                .window(WEDNESDAY, "09:00", "10:00").window(THURSDAY, "09:00", "10:00")
                .window(FRIDAY, "09:00", "10:00")
                .absence(MON.plusDays(1), MON.plusDays(3));

        assertEquals(List.of(
                "2027-05-03T09:00+01:00/2027-05-03T10:00+01:00",
                "2027-05-07T09:00+01:00/2027-05-07T10:00+01:00"),
                describe(SlotFinder.find(rules.build(), MON, MON.plusDays(6), HOUR)));
    }

    // ---- bookings and the travel buffer ----

    @Test
    void aBookingBlocksItselfAndTheTravelBufferEitherSide() {
        // Busy 12:00-13:00 with 30 minutes to travel: a job must end by 11:30 or start at 13:30 or later.
        Rules rules = new Rules().window(MONDAY, "09:00", "17:00").travelBuffer(Duration.ofMinutes(30))
                .busy("2027-05-03T12:00", "2027-05-03T13:00");

        assertEquals(List.of("09:00", "09:30", "10:00", "10:30", "13:30", "14:00", "14:30", "15:00", "15:30", "16:00"),
                localStarts(SlotFinder.find(rules.build(), MON, MON, HOUR)));
    }

    @Test
    void withoutABufferJobsMayTouchABooking() {
        Rules rules = new Rules().window(MONDAY, "09:00", "12:00").busy("2027-05-03T10:00", "2027-05-03T11:00");

        assertEquals(List.of("09:00", "11:00"), localStarts(SlotFinder.find(rules.build(), MON, MON, HOUR)));
    }

    @Test
    void aLongBookingKeepsBlockingAfterShorterOnesThatStartedLater() {
        Rules rules = new Rules().window(MONDAY, "09:00", "13:00")
                .busy("2027-05-03T07:00", "2027-05-03T11:00")
                .busy("2027-05-03T08:00", "2027-05-03T08:30")
                .busy("2027-05-03T12:30", "2027-05-03T13:30");

        assertEquals(List.of("11:00", "11:30"), localStarts(SlotFinder.find(rules.build(), MON, MON, HOUR)));
    }

    @Test
    void aBookingOnTheDayBeforeCanBlockTheFirstSlotsThroughTheBuffer() {
        Rules rules = new Rules().window(MONDAY, "00:00", "02:00").travelBuffer(Duration.ofMinutes(30))
                .busy("2027-05-02T23:00", "2027-05-03T00:30");

        assertEquals(List.of("01:00"), localStarts(SlotFinder.find(rules.build(), MON, MON, HOUR)));
    }

    // ---- caps ----

    @Test
    void theDailyCapCountsBookingsStartingThatDayPlusTheJob() {
        // Two hours already booked on Monday (outside the window) against a three-hour cap.
        Rules rules = new Rules().window(MONDAY, "09:00", "12:00").window(TUESDAY, "09:00", "12:00")
                .maxPerDay(Duration.ofHours(3))
                .busy("2027-05-03T14:00", "2027-05-03T16:00");

        assertEquals(List.of(
                "2027-05-03T09:00+01:00/2027-05-03T10:00+01:00",
                "2027-05-03T09:30+01:00/2027-05-03T10:30+01:00",
                "2027-05-03T10:00+01:00/2027-05-03T11:00+01:00",
                "2027-05-03T10:30+01:00/2027-05-03T11:30+01:00",
                "2027-05-03T11:00+01:00/2027-05-03T12:00+01:00",
                "2027-05-04T09:00+01:00/2027-05-04T10:00+01:00",
                "2027-05-04T09:30+01:00/2027-05-04T10:30+01:00",
                "2027-05-04T10:00+01:00/2027-05-04T11:00+01:00",
                "2027-05-04T10:30+01:00/2027-05-04T11:30+01:00",
                "2027-05-04T11:00+01:00/2027-05-04T12:00+01:00"),
                describe(SlotFinder.find(rules.build(), MON, MON.plusDays(1), HOUR)));
        assertEquals(List.of(
                "2027-05-04T09:00+01:00/2027-05-04T10:30+01:00",
                "2027-05-04T09:30+01:00/2027-05-04T11:00+01:00",
                "2027-05-04T10:00+01:00/2027-05-04T11:30+01:00",
                "2027-05-04T10:30+01:00/2027-05-04T12:00+01:00"),
                describe(SlotFinder.find(rules.build(), MON, MON.plusDays(1), Duration.ofMinutes(90))));
    }

    @Test
    void aBookingCountsInFullTowardsTheDayItStarts() {
        // 22:00 Monday to 02:00 Tuesday: four hours on Monday, none on Tuesday.
        Rules rules = new Rules().window(MONDAY, "09:00", "10:00").window(TUESDAY, "09:00", "10:00")
                .maxPerDay(Duration.ofHours(4))
                .busy("2027-05-03T22:00", "2027-05-04T02:00");

        assertEquals(List.of("2027-05-04T09:00+01:00/2027-05-04T10:00+01:00"),
                describe(SlotFinder.find(rules.build(), MON, MON.plusDays(1), HOUR)));
    }

    @Test
    void theWeeklyCapCountsMondayToSunday() {
        // The week of 3 May has 3h on Monday and 1h on Sunday 9 May; Sunday 2 May belongs to the week before.
        Rules rules = new Rules().window(WEDNESDAY, "09:00", "11:00").maxPerWeek(Duration.ofHours(5))
                .busy("2027-05-02T09:00", "2027-05-02T17:00")
                .busy("2027-05-03T10:00", "2027-05-03T13:00")
                .busy("2027-05-09T14:00", "2027-05-09T15:00");
        LocalDate wednesday = MON.plusDays(2);

        assertEquals(List.of(
                "2027-05-05T09:00+01:00/2027-05-05T10:00+01:00",
                "2027-05-05T09:30+01:00/2027-05-05T10:30+01:00",
                "2027-05-05T10:00+01:00/2027-05-05T11:00+01:00",
                "2027-05-12T09:00+01:00/2027-05-12T10:00+01:00",
                "2027-05-12T09:30+01:00/2027-05-12T10:30+01:00",
                "2027-05-12T10:00+01:00/2027-05-12T11:00+01:00"),
                describe(SlotFinder.find(rules.build(), wednesday, wednesday.plusDays(7), HOUR)));
        assertEquals(List.of(
                "2027-05-12T09:00+01:00/2027-05-12T10:30+01:00",
                "2027-05-12T09:30+01:00/2027-05-12T11:00+01:00"),
                describe(SlotFinder.find(rules.build(), wednesday, wednesday.plusDays(7), Duration.ofMinutes(90))));
    }

    // ---- clock changes (Europe/London: forward 28 March 2027 01:00->02:00, back 31 October 2027 02:00->01:00) ----

    @Test
    void springForwardSkipsTheMissingHourAndJobsRunInRealTime() {
        Rules rules = new Rules().window(SUNDAY, "00:00", "04:00");

        // The window holds only three real hours that night.
        assertEquals(List.of(
                "2027-03-28T00:00Z/2027-03-28T02:00+01:00",
                "2027-03-28T00:30Z/2027-03-28T02:30+01:00",
                "2027-03-28T02:00+01:00/2027-03-28T03:00+01:00",
                "2027-03-28T02:30+01:00/2027-03-28T03:30+01:00",
                "2027-03-28T03:00+01:00/2027-03-28T04:00+01:00"),
                describe(SlotFinder.find(rules.build(), SPRING_FORWARD, SPRING_FORWARD, HOUR)));
        assertEquals(List.of("2027-03-28T00:00Z/2027-03-28T04:00+01:00"),
                describe(SlotFinder.find(rules.build(), SPRING_FORWARD, SPRING_FORWARD, Duration.ofHours(3))));
        assertEquals(List.of(), SlotFinder.find(rules.build(), SPRING_FORWARD, SPRING_FORWARD, Duration.ofHours(4)));
    }

    @Test
    void aWindowEndingInTheMissingHourEndsWhenTheClockJumps() {
        // "Until 01:30" that night means until the clock jumps from 01:00 to 02:00.
        Rules rules = new Rules().window(SUNDAY, "00:00", "01:30");

        assertEquals(List.of("2027-03-28T00:00Z/2027-03-28T02:00+01:00"),
                describe(SlotFinder.find(rules.build(), SPRING_FORWARD, SPRING_FORWARD, HOUR)));
    }

    @Test
    void springForwardKeepsMorningSlotsAtTheirWallClockTime() {
        Rules rules = new Rules().window(SATURDAY, "09:00", "10:00").window(SUNDAY, "09:00", "12:00")
                .window(MONDAY, "09:00", "10:00");

        List<Slot> slots = SlotFinder.find(rules.build(), SPRING_FORWARD.minusDays(1), SPRING_FORWARD.plusDays(1), HOUR);

        assertEquals(List.of(
                "2027-03-27T09:00Z/2027-03-27T10:00Z",
                "2027-03-28T09:00+01:00/2027-03-28T10:00+01:00",
                "2027-03-28T09:30+01:00/2027-03-28T10:30+01:00",
                "2027-03-28T10:00+01:00/2027-03-28T11:00+01:00",
                "2027-03-28T10:30+01:00/2027-03-28T11:30+01:00",
                "2027-03-28T11:00+01:00/2027-03-28T12:00+01:00",
                "2027-03-29T09:00+01:00/2027-03-29T10:00+01:00"), describe(slots));
        assertEquals(Instant.parse("2027-03-28T08:00:00Z"), slots.get(1).start().toInstant());
    }

    @Test
    void fallBackOffersEachRepeatedTimeOnceAtItsFirstOccurrence() {
        // The window holds four real hours that night; 01:00-02:00 GMT, the repeat, is never a start.
        Rules rules = new Rules().window(SUNDAY, "00:00", "03:00");

        assertEquals(List.of(
                "2027-10-31T00:00+01:00/2027-10-31T01:00+01:00",
                "2027-10-31T00:30+01:00/2027-10-31T01:30+01:00",
                "2027-10-31T01:00+01:00/2027-10-31T01:00Z",
                "2027-10-31T01:30+01:00/2027-10-31T01:30Z",
                "2027-10-31T02:00Z/2027-10-31T03:00Z"),
                describe(SlotFinder.find(rules.build(), FALL_BACK, FALL_BACK, HOUR)));
        assertEquals(List.of("2027-10-31T00:00+01:00/2027-10-31T03:00Z"),
                describe(SlotFinder.find(rules.build(), FALL_BACK, FALL_BACK, Duration.ofHours(4))));
    }

    @Test
    void aWindowEndingInTheRepeatedHourEndsAtItsFirstOccurrence() {
        Rules rules = new Rules().window(SUNDAY, "00:00", "01:30");

        assertEquals(List.of(
                "2027-10-31T00:00+01:00/2027-10-31T01:00+01:00",
                "2027-10-31T00:30+01:00/2027-10-31T01:30+01:00"),
                describe(SlotFinder.find(rules.build(), FALL_BACK, FALL_BACK, HOUR)));
    }

    @Test
    void fallBackKeepsMorningSlotsAtTheirWallClockTime() {
        Rules rules = new Rules().window(SATURDAY, "09:00", "10:00").window(SUNDAY, "09:00", "10:00")
                .window(MONDAY, "09:00", "10:00");

        assertEquals(List.of(
                "2027-10-30T09:00+01:00/2027-10-30T10:00+01:00",
                "2027-10-31T09:00Z/2027-10-31T10:00Z",
                "2027-11-01T09:00Z/2027-11-01T10:00Z"),
                describe(SlotFinder.find(rules.build(), FALL_BACK.minusDays(1), FALL_BACK.plusDays(1), HOUR)));
    }

    // ---- fits ----

    @Test
    void fitsExactlyTheSlotsFindOffers() {
        SlotRules rules = new Rules().window(MONDAY, "09:00", "12:00").travelBuffer(Duration.ofMinutes(30))
                .busy("2027-05-10T10:00", "2027-05-10T11:00")
                .now("2027-05-03T10:00").build();

        assertTrue(SlotFinder.fits(rules, local("2027-05-10T09:00").toInstant(), Duration.ofMinutes(30)));
        assertTrue(SlotFinder.fits(rules, local("2027-05-03T11:00").toInstant(), HOUR));
        assertFalse(SlotFinder.fits(rules, local("2027-05-03T10:15").toInstant(), Duration.ofMinutes(30)), "off grid");
        assertFalse(SlotFinder.fits(rules, local("2027-05-03T08:30").toInstant(), HOUR), "before the window");
        assertFalse(SlotFinder.fits(rules, local("2027-05-03T11:30").toInstant(), HOUR), "runs past the window");
        assertFalse(SlotFinder.fits(rules, local("2027-05-04T09:00").toInstant(), HOUR), "no window on Tuesday");
        assertFalse(SlotFinder.fits(rules, local("2027-05-10T09:00").toInstant(), HOUR), "travel buffer");
        assertFalse(SlotFinder.fits(rules, local("2027-05-10T10:00").toInstant(), HOUR), "busy");
        assertFalse(SlotFinder.fits(rules, local("2027-05-03T09:00").toInstant(), HOUR), "in the past");
    }

    @Test
    void fitsOnlyTheFirstOccurrenceOfARepeatedTime() {
        SlotRules rules = new Rules().window(SUNDAY, "00:00", "03:00").build();

        assertTrue(SlotFinder.fits(rules, Instant.parse("2027-10-31T00:30:00Z"), HOUR), "01:30+01:00");
        assertFalse(SlotFinder.fits(rules, Instant.parse("2027-10-31T01:30:00Z"), HOUR), "01:30+00:00");
        assertFalse(SlotFinder.fits(rules, Instant.parse("2027-10-31T01:00:00Z"), HOUR), "01:00+00:00");
        assertTrue(SlotFinder.fits(rules, Instant.parse("2027-10-31T02:00:00Z"), HOUR), "02:00+00:00");
    }

    @Test
    void anInstantOnTheNightTheClocksGoForwardIsJudgedByTheTimeTheClockShows() {
        SlotRules rules = new Rules().window(SUNDAY, "00:00", "04:00").build();

        // 01:30 local does not exist; the same instant reads 02:30+01:00, which is on the grid and is a slot.
        assertTrue(SlotFinder.fits(rules, Instant.parse("2027-03-28T01:30:00Z"), HOUR));
        assertFalse(SlotFinder.fits(rules, Instant.parse("2027-03-28T01:15:00Z"), HOUR));
    }

    // ---- arguments ----

    @Test
    void refusesJobLengthsOffTheGrid() {
        SlotRules rules = new Rules().window(MONDAY, "09:00", "12:00").build();
        Instant start = local("2027-05-03T09:00").toInstant();

        for (Duration bad : List.of(Duration.ZERO, Duration.ofMinutes(-30), Duration.ofMinutes(45),
                Duration.ofMinutes(30).plusNanos(1))) {
            assertThrows(IllegalArgumentException.class, () -> SlotFinder.find(rules, MON, MON, bad), bad::toString);
            assertThrows(IllegalArgumentException.class, () -> SlotFinder.fits(rules, start, bad), bad::toString);
        }
    }

    @Test
    void aBackwardsRangeIsEmpty() {
        SlotRules rules = new Rules().window(MONDAY, "09:00", "12:00").build();

        assertEquals(List.of(), SlotFinder.find(rules, MON.plusDays(7), MON, HOUR));
    }

    @Test
    void refusesRangesLongerThanAYear() {
        SlotRules rules = new Rules().window(MONDAY, "09:00", "12:00").build();
        LocalDate from = LocalDate.of(2027, 1, 1);

        // 52 Mondays from 1 January 2027 to 2 January 2028, five one-hour starts each.
        assertEquals(52 * 5, SlotFinder.find(rules, from, from.plusDays(366), HOUR).size());
        assertThrows(IllegalArgumentException.class, () -> SlotFinder.find(rules, from, from.plusDays(367), HOUR));
    }

    // ---- the quick index agrees with checking every booking one by one ----

    @Property(tries = 300)
    void agreesWithCheckingEveryBookingAndCapByHand(@ForAll("bookings") List<BusyPeriod> busy,
            @ForAll @IntRange(min = 0, max = 4) int bufferQuarters, @ForAll @IntRange(min = 1, max = 6) int halfHours,
            @ForAll("caps") Duration maxPerDay, @ForAll("caps") Duration maxPerWeek) {
        Duration buffer = Duration.ofMinutes(15L * bufferQuarters);
        Duration job = Duration.ofMinutes(30L * halfHours);
        LocalDate from = MON.plusDays(2);
        LocalDate to = MON.plusDays(12);
        Rules open = new Rules().window(MONDAY, "08:00", "18:00").window(WEDNESDAY, "08:00", "18:00")
                .window(SATURDAY, "06:00", "10:00").window(SATURDAY, "09:00", "12:00").travelBuffer(buffer);
        SlotRules rules = open.copy().maxPerDay(maxPerDay).maxPerWeek(maxPerWeek).busy(busy).build();

        List<Slot> expected = new ArrayList<>();
        for (Slot slot : SlotFinder.find(open.build(), from, to, job)) {
            if (clashesWithNone(slot, busy, buffer) && withinCaps(slot, busy, job, maxPerDay, maxPerWeek)) {
                expected.add(slot);
            }
        }

        List<Slot> actual = SlotFinder.find(rules, from, to, job);
        assertEquals(describe(expected), describe(actual));
        for (Slot slot : actual) {
            assertTrue(SlotFinder.fits(rules, slot.start().toInstant(), job));
        }
    }

    @Provide
    Arbitrary<List<BusyPeriod>> bookings() {
        Instant base = local("2027-05-02T00:00").toInstant();
        Arbitrary<BusyPeriod> period = Combinators.combine(
                Arbitraries.integers().between(0, 16 * 24 * 4),
                Arbitraries.integers().between(1, 8 * 4))
                .as((startQuarter, quarters) -> new BusyPeriod(
                        base.plus(Duration.ofMinutes(15L * startQuarter)),
                        base.plus(Duration.ofMinutes(15L * (startQuarter + quarters)))));
        return period.list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<Duration> caps() {
        return Arbitraries.integers().between(1, 40).map(h -> Duration.ofHours(h)).injectNull(0.4);
    }

    private static boolean clashesWithNone(Slot slot, List<BusyPeriod> busy, Duration buffer) {
        Instant start = slot.start().toInstant();
        Instant end = slot.end().toInstant();
        for (BusyPeriod b : busy) {
            if (start.isBefore(b.end().plus(buffer)) && b.start().isBefore(end.plus(buffer))) {
                return false;
            }
        }
        return true;
    }

    private static boolean withinCaps(Slot slot, List<BusyPeriod> busy, Duration job, Duration maxPerDay,
            Duration maxPerWeek) {
        LocalDate day = slot.start().toLocalDate();
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(MONDAY));
        Duration onDay = job;
        Duration inWeek = job;
        for (BusyPeriod b : busy) {
            LocalDate started = LocalDate.ofInstant(b.start(), LONDON);
            Duration length = Duration.between(b.start(), b.end());
            if (started.equals(day)) {
                onDay = onDay.plus(length);
            }
            if (!started.isBefore(monday) && started.isBefore(monday.plusWeeks(1))) {
                inWeek = inWeek.plus(length);
            }
        }
        return (maxPerDay == null || onDay.compareTo(maxPerDay) <= 0)
                && (maxPerWeek == null || inWeek.compareTo(maxPerWeek) <= 0);
    }

    // ---- helpers ----

    private static List<String> describe(List<Slot> slots) {
        return slots.stream().map(s -> s.start().toOffsetDateTime() + "/" + s.end().toOffsetDateTime()).toList();
    }

    private static List<String> localStarts(List<Slot> slots) {
        return slots.stream().map(s -> s.start().toLocalTime().toString()).toList();
    }

    /** A London wall-clock time; where the clock shows it twice, the first time. */
    private static ZonedDateTime local(String localDateTime) {
        return ZonedDateTime.ofLocal(LocalDateTime.parse(localDateTime), LONDON, null);
    }

    /** Defaults that stay out of the way: no buffer, caps or absences, now long before the dates tested. */
    private static final class Rules {
        private final List<WeeklyWindow> windows = new ArrayList<>();
        private final List<Absence> absences = new ArrayList<>();
        private final List<BusyPeriod> busy = new ArrayList<>();
        private Duration travelBuffer = Duration.ZERO;
        private Duration maxPerDay;
        private Duration maxPerWeek;
        private Instant now = LocalDate.of(2027, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        private Duration notice = Duration.ZERO;
        private int horizonWeeks = 104;

        Rules window(DayOfWeek day, String start, String end) {
            windows.add(new WeeklyWindow(day, LocalTime.parse(start), LocalTime.parse(end)));
            return this;
        }

        Rules absence(LocalDate from, LocalDate to) {
            absences.add(new Absence(from, to, "holiday"));
            return this;
        }

        Rules busy(String localStart, String localEnd) {
            busy.add(new BusyPeriod(local(localStart).toInstant(), local(localEnd).toInstant()));
            return this;
        }

        Rules busy(List<BusyPeriod> periods) {
            busy.addAll(periods);
            return this;
        }

        Rules travelBuffer(Duration value) {
            travelBuffer = value;
            return this;
        }

        Rules maxPerDay(Duration value) {
            maxPerDay = value;
            return this;
        }

        Rules maxPerWeek(Duration value) {
            maxPerWeek = value;
            return this;
        }

        Rules now(String localDateTime) {
            now = local(localDateTime).toInstant();
            return this;
        }

        Rules notice(Duration value) {
            notice = value;
            return this;
        }

        Rules horizonWeeks(int value) {
            horizonWeeks = value;
            return this;
        }

        Rules copy() {
            Rules copy = new Rules();
            copy.windows.addAll(windows);
            copy.absences.addAll(absences);
            copy.busy.addAll(busy);
            copy.travelBuffer = travelBuffer;
            copy.maxPerDay = maxPerDay;
            copy.maxPerWeek = maxPerWeek;
            copy.now = now;
            copy.notice = notice;
            copy.horizonWeeks = horizonWeeks;
            return copy;
        }

        SlotRules build() {
            return new SlotRules(LONDON, windows, absences, travelBuffer, maxPerDay, maxPerWeek, now, notice,
                    horizonWeeks, busy);
        }
    }
}
