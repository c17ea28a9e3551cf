package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Invitations;
import coop.market.web.support.Mailbox;
import coop.market.web.support.Trader;
import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Benefit earnings limits: staff set a member's limit, the API shows each period's earnings, forecast and
 * headroom, and confirming work that would go over the limit (or reach permitted work's hours) is refused unless
 * staff override it with a reason, which the member's audit log keeps.
 */
class EarningsLimitsIT extends ArquillianIT {

    private static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    /** A Monday at least three days ahead: the booking notice never decides these tests, even on a Sunday night. */
    private static LocalDate nextMonday() {
        return today().plusDays(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /** The demo customer asks for the trader's time; the request's id. */
    private String request(Trader trader, LocalDate day, String time, int minutes) {
        var booked = anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%sT%s", "durationMinutes": %d}"""
                .formatted(trader.listing(), day, time, minutes));
        assertEquals(201, booked.status(), booked.toString());
        return booked.object().getString("id");
    }

    private Api.Reply setLimit(String memberId, String json) {
        return staff().put("/members/" + memberId + "/earnings-limit", json);
    }

    private static long minor(JsonObject money) {
        return money.getJsonNumber("minor").longValueExact();
    }

    private JsonObject onlyPeriod(String memberId, LocalDate from, LocalDate to) {
        var earnings = staff().get("/members/%s/earnings?from=%s&to=%s".formatted(memberId, from, to));
        assertEquals(200, earnings.status(), earnings.toString());
        List<JsonObject> periods = earnings.object().getJsonArray("periods").getValuesAs(JsonObject.class);
        assertEquals(1, periods.size(), earnings.toString());
        return periods.get(0);
    }

    @Test
    void workOverTheWeeklyLimitIsRefusedUnlessStaffOverrideWithAReason() {
        Trader ann = newTrader("Ann Able", "cleaning", 3000);
        var set = setLimit(ann.id(), """
                {"kind": "ESA_PERMITTED_WORK", "amount": {"minor": 19550, "currency": "GBP"}, "period": "WEEK",
                 "periodStart": "2025-04-07", "effectiveFrom": "%s"}""".formatted(today()));
        assertEquals(200, set.status(), set.toString());
        assertEquals(19550, minor(set.object().getJsonObject("amount")));

        LocalDate monday = nextMonday();
        LocalDate sunday = monday.plusDays(6);
        String first = request(ann, monday, "09:00", 300); // 5 hours at GBP 30: GBP 150
        assertEquals(200, staff().post("/bookings/" + first + "/confirm", "").status());

        JsonObject week = onlyPeriod(ann.id(), monday, sunday);
        assertEquals(monday.toString(), week.getString("start"));
        assertEquals(sunday.toString(), week.getString("end"));
        assertEquals(19550, minor(week.getJsonObject("limit")));
        assertEquals(0, minor(week.getJsonObject("earned")));
        assertEquals(15000, minor(week.getJsonObject("forecast")));
        assertEquals(4550, minor(week.getJsonObject("headroom")));

        String second = request(ann, monday.plusDays(1), "10:00", 120); // GBP 60
        var refused = staff().post("/bookings/" + second + "/confirm", "");
        assertEquals(409, refused.status(), refused.toString());
        JsonObject problem = refused.object();
        assertTrue(problem.getString("type").endsWith("earnings-limit"), problem.toString());
        assertEquals(monday.toString(), problem.getString("periodStart"));
        assertEquals(sunday.toString(), problem.getString("periodEnd"));
        assertEquals(4550, minor(problem.getJsonObject("headroom")));
        String detail = problem.getString("detail");
        assertTrue(detail.contains("£45.50") && detail.contains("£195.50"), detail);
        assertTrue(detail.contains(String.valueOf(monday.getDayOfMonth())) && detail.contains(
                String.valueOf(sunday.getDayOfMonth())), "the detail names the period: " + detail);
        assertEquals("REQUESTED", staff().get("/bookings/" + second).object().getString("status"));

        var noReason = staff().post("/bookings/" + second + "/confirm", "{\"override\": true}");
        assertEquals(422, noReason.status(), noReason.toString());
        assertEquals(Set.of("reason"), MembersIT.fields(noReason.object()));

        var overridden = staff().post("/bookings/" + second + "/confirm",
                "{\"override\": true, \"reason\": \"Agreed with her adviser: a one-off week\"}");
        assertEquals(200, overridden.status(), overridden.toString());
        assertEquals("CONFIRMED", overridden.object().getString("status"));
        assertEquals(21000, minor(onlyPeriod(ann.id(), monday, sunday).getJsonObject("forecast")));
        assertEquals(0, minor(onlyPeriod(ann.id(), monday, sunday).getJsonObject("headroom")),
                "headroom shows nothing left, not a negative amount");

        String log = staff().get("/members/" + ann.id() + "/audit").body();
        assertTrue(log.contains("earnings-limit.overridden") && log.contains("Agreed with her adviser")
                && log.contains(second), log);
        assertTrue(log.contains("earnings-limit.set"), log);
    }

    @Test
    void twoConfirmationsRacingForTheSameHeadroomAreDecidedOneAfterTheOther() throws Exception {
        Trader gil = newTrader("Gil Gray", "cleaning", 3000);
        assertEquals(200, setLimit(gil.id(), """
                {"kind": "ESA_PERMITTED_WORK", "amount": {"minor": 19550, "currency": "GBP"}, "period": "WEEK",
                 "effectiveFrom": "%s"}""".formatted(today())).status());
        LocalDate monday = nextMonday();
        List<String> jobs = List.of(request(gil, monday, "09:00", 240), request(gil, monday.plusDays(1), "09:00", 240));
        // GBP 120 each: either fits the week's GBP 195.50, both do not.
        ExecutorService callers = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String job : jobs) {
                answers.add(callers.submit(() -> {
                    go.await();
                    return staff().post("/bookings/" + job + "/confirm", "").status();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses);
        } finally {
            callers.shutdownNow();
        }
        assertEquals(12000, minor(onlyPeriod(gil.id(), monday, monday).getJsonObject("forecast")));
        for (String job : jobs) {
            if (staff().get("/bookings/" + job).object().getString("status").equals("REQUESTED")) {
                declineLeftOver(job);
            }
        }
    }

    @Test
    void confirmedWorkCannotMoveIntoAWeekWithoutRoomForIt() {
        Trader hal = newTrader("Hal Hart", "cleaning", 3000);
        assertEquals(200, setLimit(hal.id(), """
                {"kind": "ESA_PERMITTED_WORK", "amount": {"minor": 19550, "currency": "GBP"}, "period": "WEEK",
                 "effectiveFrom": "%s"}""".formatted(today())).status());
        LocalDate monday = nextMonday();
        String full = request(hal, monday, "09:00", 300); // GBP 150
        String later = request(hal, monday.plusDays(7), "09:00", 120); // GBP 60, the week after
        for (String job : List.of(full, later)) {
            assertEquals(200, staff().post("/bookings/" + job + "/confirm", "").status());
        }
        var intoFullWeek = staff().post("/bookings/" + later + "/reschedule",
                "{\"start\": \"%sT09:00\"}".formatted(monday.plusDays(2)));
        assertEquals(409, intoFullWeek.status(), intoFullWeek.toString());
        assertTrue(intoFullWeek.object().getString("type").endsWith("earnings-limit"));
        assertEquals(monday.toString(), intoFullWeek.object().getString("periodStart"));
        var sameWeek = staff().post("/bookings/" + later + "/reschedule",
                "{\"start\": \"%sT09:00\"}".formatted(monday.plusDays(9)));
        assertEquals(200, sameWeek.status(), "within its own week it still fits: " + sameWeek);
    }

    @Test
    void anAssessmentPeriodRunsFromTheMembersOwnDayInTheMonth() {
        Trader bea = newTrader("Bea Baker", "cleaning");
        var set = setLimit(bea.id(), """
                {"kind": "UC_ASSESSMENT", "amount": {"minor": 4000, "currency": "GBP"}, "period": "MONTH",
                 "periodStart": "2026-01-17", "effectiveFrom": "2026-01-17"}""");
        assertEquals(200, set.status(), set.toString());

        LocalDate yesterday = today().minusDays(1);
        String customer = signUp(Api.uniqueEmail("uc-customer"), null);
        done(bea, customer, yesterday + "T10:00", 60); // GBP 18 supplied
        var expense = staff().post("/members/" + bea.id() + "/expenses", """
                {"date": "%s", "category": "MATERIALS", "amount": {"minor": 500, "currency": "GBP"},
                 "description": "Cloths and polish"}""".formatted(yesterday));
        assertEquals(201, expense.status(), expense.toString());

        LocalDate start = yesterday.getDayOfMonth() >= 17 ? yesterday.withDayOfMonth(17)
                : yesterday.minusMonths(1).withDayOfMonth(17);
        JsonObject month = onlyPeriod(bea.id(), yesterday, yesterday);
        assertEquals(start.toString(), month.getString("start"));
        assertEquals(start.plusMonths(1).minusDays(1).toString(), month.getString("end"));
        assertEquals(4000, minor(month.getJsonObject("limit")));
        assertEquals(1300, minor(month.getJsonObject("earned")), "GBP 18 of work less GBP 5 of materials");
        assertEquals(1300, minor(month.getJsonObject("forecast")));
        assertEquals(2700, minor(month.getJsonObject("headroom")));
        assertEquals("UC_ASSESSMENT", month.getString("kind"));
        assertEquals(1, staff().get("/members/%s/expenses?from=%s&to=%s".formatted(bea.id(), yesterday, yesterday))
                .array().size());

        LocalDate day = today().plusDays(3);
        String big = request(bea, day, "09:00", 180); // GBP 54: over GBP 40 in any period
        var refused = staff().post("/bookings/" + big + "/confirm", "");
        assertEquals(409, refused.status(), refused.toString());
        LocalDate dayStart = day.getDayOfMonth() >= 17 ? day.withDayOfMonth(17) : day.minusMonths(1).withDayOfMonth(17);
        assertEquals(dayStart.toString(), refused.object().getString("periodStart"));
        assertEquals(dayStart.plusMonths(1).minusDays(1).toString(), refused.object().getString("periodEnd"));
        declineLeftOver(big);
    }

    /** A refused request would wait on the staff desk for other tests to accept: it is declined. */
    private void declineLeftOver(String bookingId) {
        assertEquals(200, staff().post("/bookings/" + bookingId + "/decline", "").status());
    }

    @Test
    void permittedWorkMustStayUnderSixteenHoursAWeekIncludingAdmin() {
        Trader cal = newTrader("Cal Cole", "cleaning");
        var set = setLimit(cal.id(), """
                {"kind": "ESA_PERMITTED_WORK", "period": "WEEK", "effectiveFrom": "%s"}""".formatted(today()));
        assertEquals(200, set.status(), set.toString());
        assertTrue(set.object().isNull("amount"), "the rate table's higher limit applies: " + set);

        LocalDate monday = nextMonday();
        var admin = staff().post("/members/" + cal.id() + "/admin-hours", """
                {"date": "%s", "minutes": 600, "note": "Accounts and buying supplies"}""".formatted(monday));
        assertEquals(201, admin.status(), admin.toString());
        String fourHours = request(cal, monday.plusDays(1), "09:00", 240);
        assertEquals(200, staff().post("/bookings/" + fourHours + "/confirm", "").status());

        JsonObject week = onlyPeriod(cal.id(), monday, monday);
        assertEquals(19550, minor(week.getJsonObject("limit")), "2025/26's ESA higher limit from the rate table");
        assertEquals(840, week.getInt("minutes"));
        assertEquals(960, week.getInt("minutesLimit"));

        String twoHours = request(cal, monday.plusDays(2), "09:00", 120); // GBP 36: money is fine, hours are not
        var refused = staff().post("/bookings/" + twoHours + "/confirm", "");
        assertEquals(409, refused.status(), refused.toString());
        assertTrue(refused.object().getString("type").endsWith("earnings-limit"));
        assertTrue(refused.object().getString("detail").contains("16 hours"), refused.toString());
        assertEquals(119, refused.object().getInt("minutesLeft"));
        String oneHour = request(cal, monday.plusDays(3), "09:00", 60);
        assertEquals(200, staff().post("/bookings/" + oneHour + "/confirm", "").status(), "15 hours is under 16");
        declineLeftOver(twoHours);
    }

    @Test
    void staffAreEmailedWhenAForecastReachesEightyPercent() {
        Trader fay = newTrader("Fay Field", "cleaning");
        LocalDate today = today();
        assertEquals(200, setLimit(fay.id(), """
                {"kind": "CUSTOM", "amount": {"minor": 2000, "currency": "GBP"}, "period": "WEEK",
                 "periodStart": "%s", "effectiveFrom": "%s"}""".formatted(today, today)).status());
        String job = request(fay, today.plusDays(3), "10:00", 60); // GBP 18 of GBP 20: 90%
        assertEquals(200, staff().post("/bookings/" + job + "/confirm", "").status());
        var warning = Mailbox.waitForSubject("hello@demo.coop",
                subject -> subject.startsWith("Earnings near the limit: Fay Field"), Duration.ofSeconds(20));
        assertTrue(Invitations.text(warning).contains("£2.00"), Invitations.text(warning));
    }

    @Test
    void aSeriesIsCheckedAsAWholeAndStaffMayOverrideIt() {
        Trader dee = newTrader("Dee Dale", "cleaning");
        assertEquals(200, setLimit(dee.id(), """
                {"kind": "CUSTOM", "amount": {"minor": 10000, "currency": "GBP"}, "period": "MONTH",
                 "periodStart": "2026-01-01", "effectiveFrom": "%s"}""".formatted(today())).status());
        var booked = anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%sT09:00", "durationMinutes": 180,
                 "recurrence": {"frequency": "WEEKLY", "count": 3}}""".formatted(dee.listing(), today().plusDays(3)));
        assertEquals(201, booked.status(), booked.toString());
        String id = booked.object().getString("id");
        // Three jobs of GBP 54 in 15 days: at least two fall in one calendar month, GBP 108 over GBP 100.
        var refused = staff().post("/bookings/" + id + "/confirm?scope=series", "");
        assertEquals(409, refused.status(), refused.toString());
        assertEquals(0, staff().get("/bookings?memberId=" + dee.id() + "&status=CONFIRMED").array().size(),
                "nothing of the series was confirmed");
        var overridden = staff().post("/bookings/" + id + "/confirm?scope=series", """
                {"overrideEarningsLimit": true, "reason": "Standing contract agreed with the adviser"}""");
        assertEquals(200, overridden.status(), overridden.toString());
        assertEquals(3, staff().get("/bookings?memberId=" + dee.id() + "&status=CONFIRMED").array().size());
        assertTrue(staff().get("/members/" + dee.id() + "/audit").body().contains("Standing contract"));
    }

    @Test
    void aMemberSeesTheirOwnEarningsButCannotOverrideTheLimit() {
        Api daniel = anonymous().as("member@demo.coop", Api.DEMO_PASSWORD);
        JsonObject listing = danielsListing();
        String danielId = listing.getString("memberId");
        availableEveryDay(danielId);
        // A limit far above anything the other tests book for Daniel, so it refuses nothing of theirs.
        assertEquals(200, setLimit(danielId, """
                {"kind": "CUSTOM", "amount": {"minor": 10000000, "currency": "GBP"}, "period": "MONTH",
                 "periodStart": "2026-01-10", "effectiveFrom": "2026-01-10"}""").status());

        var mine = daniel.get("/me/earnings");
        assertEquals(200, mine.status(), mine.toString());
        List<JsonObject> periods = mine.object().getJsonArray("periods").getValuesAs(JsonObject.class);
        assertEquals(2, periods.size(), mine.toString());
        LocalDate start = LocalDate.parse(periods.get(0).getString("start"));
        assertEquals(10, start.getDayOfMonth());
        assertTrue(!start.isAfter(today()) && !LocalDate.parse(periods.get(0).getString("end")).isBefore(today()));
        assertEquals(LocalDate.parse(periods.get(0).getString("end")).plusDays(1).toString(),
                periods.get(1).getString("start"));
        assertEquals(10000000, minor(periods.get(0).getJsonObject("limit")));

        LocalDate day = today().plusDays(ThreadLocalRandom.current().nextInt(25, 75));
        var booked = anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%sT16:00", "durationMinutes": 60}""".formatted(listing.getString("id"), day));
        assertEquals(201, booked.status(), booked.toString());
        String id = booked.object().getString("id");
        var override = daniel.post("/bookings/" + id + "/confirm", "{\"override\": true, \"reason\": \"I want to\"}");
        assertEquals(403, override.status(), override.toString());
        assertEquals(200, daniel.post("/bookings/" + id + "/confirm", "{}").status(), "a plain confirm still works");

        assertEquals(403, daniel.get("/members/" + danielId + "/earnings").status());
        assertEquals(403, staff().get("/me/earnings").status());
    }

    @Test
    void badInputIsRefusedNamingEachField() {
        String member = newMember("cleaning");
        var invalid = setLimit(member, """
                {"kind": "JSA", "period": "YEAR", "periodStart": "soon", "effectiveFrom": ""}""");
        assertEquals(422, invalid.status(), invalid.toString());
        assertEquals(Set.of("kind", "period", "amount.minor", "periodStart", "effectiveFrom"),
                MembersIT.fields(invalid.object()));

        var fractionOfAPenny = setLimit(member, """
                {"kind": "UC_ASSESSMENT", "amount": {"minor": 1.5, "currency": "GBP"}, "effectiveFrom": "2026-01-01"}""");
        assertEquals(422, fractionOfAPenny.status(), fractionOfAPenny.toString());
        assertEquals(Set.of("amount.minor"), MembersIT.fields(fractionOfAPenny.object()));
        var noDay = setLimit(member, """
                {"kind": "UC_ASSESSMENT", "amount": {"minor": 100, "currency": "GBP"}, "period": "WEEK",
                 "effectiveFrom": "2026-01-01"}""");
        assertEquals(Set.of("period", "periodStart"), MembersIT.fields(noDay.object()));

        assertEquals(400, setLimit(member, "{\"kind\": [1]}").status());
        assertEquals(422, staff().get("/members/" + member + "/earnings?from=2026-13-01").status());
        assertEquals(422, staff().get("/members/" + member + "/earnings?from=2026-02-01&to=2026-01-01").status());
        assertEquals(404, staff().get("/members/nobody/earnings").status());

        var expense = staff().post("/members/" + member + "/expenses", """
                {"date": "2026-01-01", "category": "FOOD", "amount": {"minor": -5, "currency": "GBP"}}""");
        assertEquals(422, expense.status(), expense.toString());
        assertEquals(Set.of("category", "amount.minor", "description"), MembersIT.fields(expense.object()));
        var hours = staff().post("/members/" + member + "/admin-hours", "{\"date\": \"x\", \"minutes\": 0}");
        assertEquals(Set.of("date", "minutes"), MembersIT.fields(hours.object()));
        var rate = staff().post("/benefit-rates", "{\"name\": \"esa higher\", \"effectiveFrom\": \"2027-04-06\"}");
        assertEquals(Set.of("name", "amount"), MembersIT.fields(rate.object()));
        var confirm = staff().post("/bookings/nothing/confirm", "{\"override\": \"yes\"}");
        assertEquals(422, confirm.status(), confirm.toString());
    }

    @Test
    void staffAddNextAprilsFigureToTheRateTable() {
        List<JsonObject> rates = staff().get("/benefit-rates").array().getValuesAs(JsonObject.class);
        assertTrue(rates.stream().anyMatch(r -> r.getString("name").equals("ESA_HIGHER")
                && r.getString("effectiveFrom").equals("2025-04-06") && minor(r.getJsonObject("amount")) == 19550),
                rates.toString());
        String name = "TEST_RATE_" + ThreadLocalRandom.current().nextInt(1_000_000);
        var added = staff().post("/benefit-rates", """
                {"name": "%s", "effectiveFrom": "2027-04-06", "amount": {"minor": 20350, "currency": "GBP"}}"""
                .formatted(name));
        assertEquals(201, added.status(), added.toString());
        assertEquals(20350, minor(added.object().getJsonObject("amount")));
        assertEquals(409, staff().post("/benefit-rates", """
                {"name": "%s", "effectiveFrom": "2027-04-06", "amount": {"minor": 1, "currency": "GBP"}}"""
                .formatted(name)).status(), "one figure per name and day");
    }
}
