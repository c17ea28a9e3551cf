package coop.market.web.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.stripe.FakeStripe;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the API integration tests: the real WAR on a managed Liberty, called over HTTP from
 * outside, as any client would. Tagged {@code database}: CI runs them again on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@Tag("database")
public abstract class ArquillianIT {

    /** The password of customers made with {@link #signUp}. */
    /** The co-op's own time zone: "today" in the tests is London's. */
    protected static final ZoneId LONDON = ZoneId.of("Europe/London");

    protected static final String PASSWORD = "a long enough pass phrase";

    static {
        // The server sends its emails here; catching them all keeps its outbox from retrying.
        Mailbox.start();
    }

    @ArquillianResource
    protected URL base;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.coopMarket();
    }

    protected Api anonymous() {
        return Api.anonymous(base);
    }

    protected Api staff() {
        return anonymous().asStaff();
    }

    /** Registers a member doing the given trades in BR5 and returns their id. */
    protected String newMember(String... trades) {
        String list = String.join("\",\"", trades);
        var reply = staff().post("/members", """
                {"displayName": "Test Member", "email": "%s", "trades": ["%s"],
                 "serviceArea": {"postcodes": ["BR5"]}}""".formatted(Api.uniqueEmail("member"), list));
        if (reply.status() != 201) {
            throw new AssertionError("Could not create a member: " + reply);
        }
        return reply.object().getString("id");
    }

    /** A new member's craft item with five in stock at GBP 12.50 each; the listing's id. */
    protected String craft(String title) {
        String member = newMember("crafts");
        var listing = staff().post("/listings", """
                {"memberId": "%s", "trade": "crafts", "title": "%s", "description": "Made by hand.",
                 "price": {"minor": 1250, "currency": "GBP"}, "priceUnit": "ITEM", "stock": 5}"""
                .formatted(member, title));
        assertEquals(201, listing.status(), listing.toString());
        return listing.object().getString("id");
    }

    /** The demo member Daniel's "Home cleaning by Daniel" listing, as JSON (id, memberId, ...). */
    protected jakarta.json.JsonObject danielsListing() {
        return anonymous().get("/listings?q=Daniel").array().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(l -> l.getString("title").equals("Home cleaning by Daniel"))
                .findFirst().orElseThrow();
    }

    /** Makes a member bookable every day, 08:00-18:00 (the demo data gives Daniel no hours). */
    protected void availableEveryDay(String memberId) {
        String everyDay = String.join(", ", java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(day -> "{\"day\": \"" + day + "\", \"start\": \"08:00\", \"end\": \"18:00\"}").toList());
        var availability = staff().put("/members/" + memberId + "/availability",
                "{\"weekly\": [" + everyDay + "], \"exceptions\": []}");
        if (availability.status() != 200) {
            throw new AssertionError("Could not set availability: " + availability);
        }
    }

    /** A new member doing one trade, bookable every day, with one listing of it at GBP 18.00 an hour. */
    protected Trader newTrader(String name, String trade) {
        return newTrader(name, trade, 1800);
    }

    /** A new member doing one trade, bookable every day, with one listing of it at the price an hour given. */
    protected Trader newTrader(String name, String trade, int pencePerHour) {
        String email = Api.uniqueEmail(name.split(" ")[0].toLowerCase(java.util.Locale.ROOT));
        var member = staff().post("/members", """
                {"displayName": "%s", "email": "%s", "trades": ["%s"], "serviceArea": {"postcodes": ["BR5"]}}"""
                .formatted(name, email, trade));
        if (member.status() != 201) {
            throw new AssertionError("Could not create a member: " + member);
        }
        String id = member.object().getString("id");
        availableEveryDay(id);
        var listing = staff().post("/listings", """
                {"memberId": "%s", "trade": "%s", "title": "%s", "description": "Local work.",
                 "price": {"minor": %d, "currency": "GBP"}}""".formatted(id, trade, name, pencePerHour));
        if (listing.status() != 201) {
            throw new AssertionError("Could not create a listing: " + listing);
        }
        return new Trader(id, email, listing.object().getString("id"));
    }

    /** Staff record money received offline (paid on today's date). */
    protected Api.Reply pay(String invoice, String method, int pence) {
        return staff().post("/invoices/" + invoice + "/payments", """
                {"method": "%s", "amount": {"minor": %d, "currency": "GBP"}, "receivedOn": "%s", "reference": "Ref 1"}"""
                .formatted(method, pence, LocalDate.now(LONDON)));
    }

    /** An account's debits minus credits in pence, from the trial balance (0 when it has no balance). */
    protected long balance(String account) {
        return staff().get("/ledger/trial-balance").object().getJsonArray("accounts").getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("account").equals(account)).findFirst()
                .map(a -> (long) a.getJsonObject("debit").getInt("minor") - a.getJsonObject("credit").getInt("minor"))
                .orElse(0L);
    }


    /** A new customer with {@link #PASSWORD}, at an Orpington address; their id. */
    protected String signUp(String email, String organisation) {
        var joined = anonymous().post("/customers", """
                {"name": "Pat Price", "email": "%s", "password": "%s", %s
                 "address": {"line1": "2 Elm Road", "town": "Orpington", "postcode": "BR6 0AB"}}"""
                .formatted(email, PASSWORD, organisation == null ? "" : "\"organisation\": \"" + organisation + "\","));
        assertEquals(201, joined.status(), joined.toString());
        return joined.object().getString("id");
    }

    /** Staff book the trader for the customer; the booking's id. */
    protected String record(Trader trader, String customer, String start, int minutes) {
        var recorded = staff().post("/bookings", """
                {"listingId": "%s", "customerId": "%s", "start": "%s", "durationMinutes": %d}"""
                .formatted(trader.listing(), customer, start, minutes));
        assertEquals(201, recorded.status(), recorded.toString());
        return recorded.object().getString("id");
    }

    /** Staff record a job the trader did for the customer (booked and completed). */
    protected void done(Trader trader, String customer, String start, int minutes) {
        var completed = staff().post("/bookings/" + record(trader, customer, start, minutes) + "/complete", "");
        assertEquals(200, completed.status(), completed.toString());
    }

    /**
     * Pays out any pay-out run left open. Runs are the co-op's, not a test's: one left open by another test would
     * block a new one.
     */
    protected void finishOpenPayoutRuns() {
        for (JsonObject run : staff().get("/payout-runs").array().getValuesAs(JsonObject.class)) {
            String status = run.getString("status");
            if (status.equals("DRAFT") || status.equals("APPROVED")) {
                staff().post("/payout-runs/" + run.getString("id") + "/execute", "");
            }
        }
    }

    /**
     * The contribution policy the pay-out tests count on: nothing on the first GBP 20 a week, 10% above, since
     * 2020. Set by the administrator once per server (again it is refused: one policy a day).
     */
    protected void tenPercentAboveTwentyPounds() {
        var policy = anonymous().as("admin@demo.coop", Api.DEMO_PASSWORD).post("/contribution-policies", """
                {"effectiveFrom": "2020-01-06", "bands": [{"from": {"minor": 0, "currency": "GBP"}, "ratePercent": 0},
                 {"from": {"minor": 2000, "currency": "GBP"}, "ratePercent": 10}]}""");
        assertTrue(policy.status() == 201 || policy.status() == 409, policy.toString());
    }

    /** Runs invoicing up to today and gives the customer's newest invoice. */
    /** The tests' fake Stripe, emptied, posting its events to this server's webhook. */
    protected FakeStripe cleanStripe() {
        FakeStripe stripe = FakeStripe.shared();
        stripe.reset();
        stripe.deliverTo(URI.create(base + "api/v1/stripe/webhook"));
        return stripe;
    }

    protected JsonObject invoiceOf(String customer) {
        var run = staff().post("/invoice-runs", "{\"periodEnd\": \"%s\"}".formatted(LocalDate.now(LONDON)));
        assertEquals(201, run.status(), run.toString());
        return staff().get("/invoices?customerId=" + customer).array().getJsonObject(0);
    }
}
