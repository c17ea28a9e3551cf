package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.TestServerDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * No double booking under load: 64 clients race through the HTTP API for the same slot, 20 rounds
 * over, and exactly one of them gets it each time. Then the database itself is asked, with SQL and
 * not through the application, whether any member holds two live bookings that overlap.
 *
 * <p>The database is reached as the server under test uses it: on PostgreSQL (the environment has
 * {@code DB_KIND=postgresql}) through the {@code DB_*} variables; on the embedded H2 through the
 * file the build names in the system property {@code coopmarket.h2.path}, opened with
 * {@code AUTO_SERVER=TRUE} (as the server opens it), so this process reaches the server's open
 * database over a local socket instead of clashing with its file lock.
 */
class DoubleBookingIT extends ArquillianIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int CLIENTS = 64;
    private static final int ROUNDS = 20;
    /** Rounds take turns over these members' listings, each round at a new time, so no round touches another's slot. */
    private static final int MEMBERS = 4;

    /** Any live booking overlapping another of the same member, counted straight from the table. */
    static final String OVERLAPS = "SELECT count(*) FROM booking a JOIN booking b ON a.member_id = b.member_id"
            + " AND a.id < b.id AND a.status IN ('REQUESTED','CONFIRMED') AND b.status IN ('REQUESTED','CONFIRMED')"
            + " AND a.start_at < b.end_at AND b.start_at < a.end_at";

    @Test
    void sixtyFourClientsRacingForEachOfTwentySlotsGetExactlyOneBookingEach() throws Exception {
        race(List.of(apiOf(base.toString())), 2);
    }

    /**
     * The same race with the clients split between two servers on one PostgreSQL database: the
     * lock that decides who gets a slot is in the database, so it holds across servers. The build
     * starts the second server with {@code -Psecond-server} (CI's PostgreSQL pass does).
     */
    @Test
    void twoServersOnOneDatabaseStillGiveEachSlotOnce() throws Exception {
        String second = System.getProperty("second.server.url", "");
        Assumptions.assumeTrue(!second.isBlank() && "postgresql".equalsIgnoreCase(System.getenv("DB_KIND")),
                "needs a second server on the same PostgreSQL database (-Psecond-server with DB_KIND=postgresql)");
        race(List.of(apiOf(base.toString()), apiOf(second)), 3);
    }

    private static URI apiOf(String server) {
        return URI.create(server.replaceAll("/$", "") + "/api/v1/bookings");
    }

    /** Clients take turns over the servers; each run books its own new members, weeks ahead. */
    private void race(List<URI> servers, int weeksAhead) throws Exception {
        List<String> members = new ArrayList<>();
        List<String> listings = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            String member = newMember("cleaning");
            var put = staff().put("/members/" + member + "/availability", """
                    {"weekly": [{"day": "MONDAY", "start": "08:00", "end": "18:00"}], "exceptions": [],
                     "travelBufferMinutes": 0}""");
            assertEquals(200, put.status(), put.toString());
            var listing = staff().post("/listings", """
                    {"memberId": "%s", "trade": "cleaning", "title": "Cleaning", "description": "Homes.",
                     "price": {"minor": 1500, "currency": "GBP"}}""".formatted(member));
            assertEquals(201, listing.status(), listing.toString());
            members.add(member);
            listings.add(listing.object().getString("id"));
        }
        LocalDate monday = LocalDate.now(LONDON).plusWeeks(weeksAhead).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String authorization = "Basic " + Base64.getEncoder().encodeToString(
                ("customer@demo.coop:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        // Sign the customer in once on each server first, so the racing requests find the remembered password.
        for (URI server : servers) {
            HttpResponse<String> warm = http.send(HttpRequest.newBuilder(URI.create(server + "?limit=1"))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, warm.statusCode(), server + ": " + warm.body());
        }

        List<String> failures = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String listing = listings.get(round % MEMBERS);
                String start = monday + "T%02d:00".formatted(8 + round / MEMBERS);
                String body = """
                        {"listingId": "%s", "start": "%s", "durationMinutes": 60}""".formatted(listing, start);
                CountDownLatch ready = new CountDownLatch(CLIENTS);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> replies = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    HttpRequest request = HttpRequest.newBuilder(servers.get(c % servers.size()))
                            .timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/json")
                            .header("Content-Type", "application/json")
                            .header("Authorization", authorization)
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build();
                    replies.add(clients.submit(() -> {
                        ready.countDown();
                        go.await();
                        return http.send(request, HttpResponse.BodyHandlers.ofString());
                    }));
                }
                assertTrue(ready.await(10, TimeUnit.SECONDS), "the clients did not get ready");
                go.countDown();
                Map<Integer, Integer> byStatus = new TreeMap<>();
                List<String> unexpected = new ArrayList<>();
                for (Future<HttpResponse<String>> reply : replies) {
                    HttpResponse<String> response = reply.get(60, TimeUnit.SECONDS);
                    byStatus.merge(response.statusCode(), 1, Integer::sum);
                    boolean lost = response.statusCode() == 409
                            && response.body().contains("/problems/slot-not-free");
                    if (response.statusCode() != 201 && !lost && unexpected.size() < 3) {
                        unexpected.add(response.statusCode() + " " + response.body());
                    }
                }
                if (byStatus.getOrDefault(201, 0) != 1 || byStatus.getOrDefault(409, 0) != CLIENTS - 1
                        || !unexpected.isEmpty()) {
                    failures.add("round " + round + " (" + start + "): " + byStatus + " " + unexpected);
                }
            }
        } finally {
            clients.shutdownNow();
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        System.out.printf("DoubleBookingIT: %d rounds x %d clients on %d server(s) in %d ms%n", ROUNDS, CLIENTS,
                servers.size(), millis);

        // The tables are checked whatever the answers were: the two failures say different things.
        long overlaps;
        long live;
        try (Connection db = TestServerDatabase.open()) {
            overlaps = count(db, OVERLAPS, List.of());
            String placeholders = members.stream().map(m -> "?").collect(Collectors.joining(", "));
            live = count(db, "SELECT count(*) FROM booking WHERE member_id IN (" + placeholders
                    + ") AND status IN ('REQUESTED','CONFIRMED')", members);
        }
        assertAll(
                () -> assertEquals(List.of(), failures,
                        "every round: exactly one 201 and " + (CLIENTS - 1) + " 409 slot-not-free"),
                () -> assertEquals(0, overlaps, "overlapping live bookings in the database"),
                () -> assertEquals(ROUNDS, live, "live bookings of the racing members: one per round"));
    }

    private static long count(Connection db, String sql, List<String> parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
