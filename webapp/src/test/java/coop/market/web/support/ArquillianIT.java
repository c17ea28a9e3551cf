package coop.market.web.support;

import java.net.URL;
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
                 "price": {"minor": 1800, "currency": "GBP"}}""".formatted(id, trade, name));
        if (listing.status() != 201) {
            throw new AssertionError("Could not create a listing: " + listing);
        }
        return new Trader(id, email, listing.object().getString("id"));
    }
}
