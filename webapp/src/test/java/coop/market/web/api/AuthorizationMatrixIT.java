package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.Invitations;
import coop.market.web.support.Trader;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who may call what: every API operation and every page, called by eight people, must be refused
 * or let through exactly as the table says. Member A is Daniel; customer A is the demo customer,
 * whose booking with Daniel is "A's booking"; the supporter is in Daniel's circle and may answer
 * for him; customer B and member B are strangers to all of it, and for them A's things do not
 * exist (404).
 *
 * <p>Outcomes: {@code 401}, {@code 403}, {@code 404} as such; {@code ok} is any other answer (the
 * call may still be refused as invalid, 422, or as impossible in the booking's state, 409: that is
 * the resource's business, not the gate's); {@code in} is any answer but 401 and 403, for calls
 * naming something that does not exist. A page is {@code ok} when it is shown (200) and
 * {@code sign-in} when the browser is sent to sign in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT extends ArquillianIT {

    /** The callers, in the order of each row's expectations. */
    private enum Caller { NOBODY, CUSTOMER_A, CUSTOMER_B, MEMBER_A, MEMBER_B, SUPPORTER_A, STAFF, ADMIN }

    private static final String PASSWORD = "matrix pass phrase";
    private static final String NOWHERE = "00000000-0000-0000-0000-000000000000";

    private static final String OPEN = "ok ok ok ok ok ok ok ok";
    private static final String STAFF_ONLY = "401 403 403 403 403 403 ok ok";
    private static final String STAFF_PAGE = "sign-in sign-in sign-in sign-in sign-in sign-in ok ok";

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    /** Plain HTTP/1.1, never following redirects: a page that sends the caller to sign in is seen doing so. */
    private static final HttpClient PAGES_CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    private final Map<Caller, String[]> logins = new EnumMap<>(Caller.class);
    private String daniel;
    private String danielsListing;
    private String booking;
    private String customerA;
    private String order;

    /** Once per class (the server's address is known only inside a test): the people and A's things. */
    private void meetTheCallers() {
        if (booking != null) {
            return;
        }
        JsonObject listing = danielsListing();
        daniel = listing.getString("memberId");
        danielsListing = listing.getString("id");
        availableEveryDay(daniel);
        String day = LocalDate.now(ZoneId.of("Europe/London")).plusDays(20).toString();
        var booked = anonymous().asCustomer().post("/bookings", """
                {"listingId": "%s", "start": "%sT09:00", "durationMinutes": 60}""".formatted(danielsListing, day));
        assertEquals(201, booked.status(), booked.toString());
        booking = booked.object().getString("id");
        customerA = booked.object().getString("customerId");
        String cards = anonymous().get("/listings?q=greeting").array().getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("title").equals("Hand-made greeting cards")).findFirst().orElseThrow()
                .getString("id");
        var ordered = anonymous().asCustomer().post("/orders", """
                {"lines": [{"listingId": "%s", "quantity": 1}], "fulfilment": "COLLECT"}""".formatted(cards));
        assertEquals(201, ordered.status(), ordered.toString());
        order = ordered.object().getString("id");

        logins.put(Caller.CUSTOMER_A, new String[] {"customer@demo.coop", Api.DEMO_PASSWORD});
        logins.put(Caller.CUSTOMER_B, new String[] {newCustomer("Bo Brown"), PASSWORD});
        logins.put(Caller.MEMBER_A, new String[] {"member@demo.coop", Api.DEMO_PASSWORD});
        logins.put(Caller.MEMBER_B, new String[] {memberWithPassword(), PASSWORD});
        String supporter = newCustomer("Jean Hughes");
        var named = as(Caller.MEMBER_A).post("/members/" + daniel + "/supporters", """
                {"email": "%s", "relationship": "My mum", "canAnswer": true}""".formatted(supporter));
        assertEquals(201, named.status(), named.toString());
        logins.put(Caller.SUPPORTER_A, new String[] {supporter, PASSWORD});
        logins.put(Caller.STAFF, new String[] {"staff@demo.coop", Api.DEMO_PASSWORD});
        logins.put(Caller.ADMIN, new String[] {"admin@demo.coop", Api.DEMO_PASSWORD});
    }

    private String newCustomer(String name) {
        String email = Api.uniqueEmail(name.split(" ")[0].toLowerCase(java.util.Locale.ROOT));
        var created = anonymous().post("/customers", """
                {"name": "%s", "email": "%s", "password": "%s",
                 "address": {"line1": "5 High Street", "town": "Orpington", "postcode": "BR6 0JA"}}"""
                .formatted(name, email, PASSWORD));
        assertEquals(201, created.status(), created.toString());
        return email;
    }

    /** A new member, who chooses a password with the link in their welcome e-mail. */
    private String memberWithPassword() {
        Trader bea = newTrader("Bea Baker", "cleaning");
        Page page = PAGES.open(Size.DESKTOP);
        Invitations.choosePassword(page, Invitations.memberWelcome(bea.email()), PASSWORD);
        return bea.email();
    }

    private Api as(Caller caller) {
        String[] login = logins.get(caller);
        return login == null ? anonymous() : anonymous().as(login[0], login[1]);
    }

    @Test
    void everyOperationLetsThroughExactlyWhomItShould() {
        meetTheCallers();
        Map<String, String> matrix = new LinkedHashMap<>();
        //                                                           nobody custA custB memA memB supA staff admin
        matrix.put("GET /trades", OPEN);
        matrix.put("GET /listings", OPEN);
        matrix.put("GET /listings/" + danielsListing, OPEN);
        matrix.put("GET /listings/" + danielsListing + "/availability", OPEN);
        matrix.put("POST /listings", STAFF_ONLY);
        matrix.put("PUT /listings/" + danielsListing, STAFF_ONLY);
        matrix.put("PUT /listings/" + NOWHERE, "401 403 403 403 403 403 404 404");
        matrix.put("POST /customers", OPEN);
        matrix.put("PUT /customers/" + customerA, STAFF_ONLY);
        matrix.put("PUT /customers/" + NOWHERE, "401 403 403 403 403 403 404 404");
        matrix.put("GET /members", STAFF_ONLY);
        matrix.put("POST /members", STAFF_ONLY);
        matrix.put("GET /members/" + daniel, STAFF_ONLY);
        matrix.put("PUT /members/" + daniel, STAFF_ONLY); // {} is invalid: 422 for staff
        matrix.put("GET /members/" + daniel + "/availability", "401 403 403 ok 404 403 ok ok");
        matrix.put("PUT /members/" + daniel + "/availability", "401 403 403 ok 404 403 ok ok");
        matrix.put("GET /members/" + daniel + "/supporters", "401 403 403 ok 404 403 ok ok");
        matrix.put("POST /members/" + daniel + "/supporters", "401 403 403 ok 404 403 ok ok");
        matrix.put("DELETE /members/" + daniel + "/supporters/" + NOWHERE, "401 403 403 in 404 403 in in");
        matrix.put("GET /members/" + daniel + "/audit", STAFF_ONLY);
        matrix.put("POST /members/" + daniel + "/pause", STAFF_ONLY);
        matrix.put("PUT /members/" + daniel + "/earnings-limit", STAFF_ONLY); // {} is invalid: 422 for staff
        matrix.put("GET /members/" + daniel + "/earnings", STAFF_ONLY);
        matrix.put("POST /members/" + daniel + "/expenses", STAFF_ONLY);
        matrix.put("GET /members/" + daniel + "/expenses", STAFF_ONLY);
        matrix.put("POST /members/" + daniel + "/admin-hours", STAFF_ONLY);
        matrix.put("GET /benefit-rates", STAFF_ONLY);
        matrix.put("POST /benefit-rates", STAFF_ONLY);
        matrix.put("GET /bookings", "401 ok ok ok ok ok ok ok");
        matrix.put("POST /bookings", "401 ok ok 403 403 ok ok ok");
        matrix.put("GET /bookings/" + booking, "401 ok 404 ok 404 ok ok ok");
        matrix.put("GET /bookings/" + booking + "/history", "401 ok 404 ok 404 ok ok ok");
        matrix.put("POST /bookings/" + booking + "/reschedule", "401 ok 404 ok 404 403 ok ok");
        matrix.put("POST /bookings/" + booking + "/reassign", STAFF_ONLY);
        matrix.put("POST /bookings/" + NOWHERE + "/reassign", "401 403 403 403 403 403 in in");
        // The member (or a supporter allowed to answer) answers and closes; the customer cancels; staff do all.
        for (String move : List.of("confirm", "decline", "complete", "no-show")) {
            matrix.put("POST /bookings/" + booking + "/" + move, "401 403 404 ok 404 ok ok ok");
        }
        matrix.put("POST /bookings/" + booking + "/cancel", "401 ok 404 403 404 403 ok ok");
        // A's order holds the demo member Priya's cards: Daniel (member A) has nothing on it, so it does not exist
        // for him. Customers order (staff for a customer); only staff hand an order over.
        matrix.put("POST /orders", "401 ok ok 403 403 ok ok ok"); // {} is invalid: 422
        matrix.put("GET /orders", "401 ok ok ok ok ok ok ok");
        matrix.put("GET /orders/" + order, "401 ok 404 404 404 404 ok ok");
        matrix.put("POST /orders/" + order + "/ready", "401 403 404 404 404 404 ok ok");
        matrix.put("POST /orders/" + order + "/fulfil", "401 403 404 404 404 404 ok ok");
        matrix.put("POST /orders/" + order + "/cancel", "401 ok 404 404 404 404 ok ok");
        matrix.put("POST /orders/" + NOWHERE + "/ready", "401 404 404 404 404 404 404 404");
        matrix.put("POST /checkout", "401 ok ok 403 403 ok ok ok"); // {} is an empty basket: 422
        matrix.put("GET /me/calendar-link", "401 403 403 ok ok 403 403 403");
        matrix.put("GET /me/earnings", "401 403 403 ok ok 403 403 403");
        for (String statement : List.of("", "/pdf", "/csv")) {
            matrix.put("GET /me/statements" + statement, "401 403 403 ok ok 403 403 403");
            matrix.put("GET /members/" + daniel + "/statements" + statement, STAFF_ONLY);
        }
        matrix.put("POST /me/calendar-link", "401 403 403 ok ok 403 403 403");
        // A customer's own saved card: no card yet is 404, which "in" allows; only customers have one.
        matrix.put("GET /me/card", "401 in in 403 403 in 403 403");
        matrix.put("POST /me/card/setup", "401 in in 403 403 in 403 403");
        matrix.put("DELETE /me/card", "401 ok ok 403 403 ok 403 403");
        matrix.put("GET /me/session", "401 ok ok ok ok ok ok ok");
        matrix.put("GET /ledger/trial-balance", "401 403 403 403 403 403 ok ok");
        matrix.put("GET /reports/tax-year", STAFF_ONLY);
        matrix.put("POST /invoice-runs", "401 403 403 403 403 403 ok ok"); // {} has no period: 422 for staff
        // The supporter here is also a customer (their own invoices, none of anyone else's).
        matrix.put("GET /invoices", "401 ok ok 403 403 ok ok ok");
        matrix.put("GET /invoices/nothing", "401 404 404 403 403 404 404 404");
        matrix.put("GET /invoice-runs/nothing", "401 403 403 403 403 403 404 404");
        matrix.put("POST /invoices/nothing/payments", "401 403 403 403 403 403 404 404");
        matrix.put("GET /invoices/nothing/payments", "401 404 404 403 403 404 404 404");
        matrix.put("GET /invoices/nothing/pdf", "401 404 404 403 403 404 404 404");
        matrix.put("POST /invoices/nothing/credit-notes", "401 403 403 403 403 403 404 404");
        matrix.put("GET /invoices/nothing/credit-notes", "401 404 404 403 403 404 404 404");
        matrix.put("GET /credit-notes/nothing", "401 404 404 403 403 404 404 404");
        matrix.put("GET /credit-notes/nothing/pdf", "401 404 404 403 403 404 404 404");
        matrix.put("POST /invoices/nothing/card-payment", "401 404 404 403 403 404 403 403");
        matrix.put("GET /invoices/nothing/card-payments", "401 404 404 403 403 404 404 404");
        matrix.put("POST /invoices/nothing/refunds", "401 403 403 403 403 403 404 404");
        matrix.put("POST /payout-runs", STAFF_ONLY); // {} has no period: 422 for staff, so no run is left open
        matrix.put("GET /payout-runs", STAFF_ONLY);
        for (String path : List.of("", "/approve", "/cancel", "/execute")) {
            matrix.put((path.isEmpty() ? "GET" : "POST") + " /payout-runs/nothing" + path,
                    "401 403 403 403 403 403 404 404");
        }
        matrix.put("GET /payout-runs/nothing/bank-file", "401 403 403 403 403 403 404 404");
        matrix.put("GET /payouts?memberId=" + daniel, STAFF_ONLY);
        // A member's own remittance advice is theirs to download (PayoutsIT); no pay-out of this id exists for anyone.
        matrix.put("GET /payouts/nothing/remittance", "401 403 403 404 404 403 404 404");
        // Daniel has no pay-out method set: staff are told so (404), everyone else may not ask.
        matrix.put("GET /members/" + daniel + "/payout-method", "401 403 403 403 403 403 in in");
        matrix.put("PUT /members/" + daniel + "/payout-method", STAFF_ONLY);
        matrix.put("GET /members/" + daniel + "/contribution-overrides", STAFF_ONLY);
        matrix.put("POST /members/" + daniel + "/contribution-overrides", STAFF_ONLY);
        matrix.put("GET /contribution-policies", STAFF_ONLY);
        matrix.put("POST /contribution-policies", "401 403 403 403 403 403 403 ok");
        // Stripe's webhook needs no session, only Stripe's signature: without one, 400 for everybody.
        matrix.put("POST /stripe/webhook", "400 400 400 400 400 400 400 400");
        matrix.put("GET /calendar/" + "x".repeat(43) + ".ics", "in in in in in in in in");

        List<String> wrong = new ArrayList<>();
        matrix.forEach((operation, expected) -> {
            String[] parts = operation.split(" ", 2);
            String[] outcomes = expected.split(" ");
            for (Caller caller : Caller.values()) {
                int status = call(as(caller), parts[0], parts[1]).status();
                check(operation, caller, outcomes[caller.ordinal()], status, String.valueOf(status), wrong);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyPageShowsItselfExactlyToWhomItShould() {
        meetTheCallers();
        Map<String, String> pages = new LinkedHashMap<>();
        //                                                  nobody custA custB memA memB supA staff admin
        pages.put("/", OPEN);
        pages.put("/shop/listing.xhtml?id=" + danielsListing, OPEN);
        pages.put("/shop/book.xhtml?listing=" + danielsListing, OPEN);
        pages.put("/shop/book.xhtml?listing=nothing", "404 404 404 404 404 404 404 404");
        pages.put("/shop/trade.xhtml?code=gardening", OPEN);
        pages.put("/shop/trade.xhtml?code=nothing", "404 404 404 404 404 404 404 404");
        pages.put("/shop/basket.xhtml", OPEN);
        pages.put("/shop/checkout.xhtml", OPEN);
        // Nothing checked out in this session: back to the basket.
        pages.put("/shop/confirmation.xhtml", "302 302 302 302 302 302 302 302");
        pages.put("/sign-up.xhtml", OPEN);
        pages.put("/sign-in.xhtml", OPEN);
        pages.put("/forgot-password.xhtml", OPEN);
        pages.put("/reset-password.xhtml?token=nothing", OPEN);
        pages.put("/member/work.xhtml", "sign-in sign-in sign-in ok ok ok sign-in sign-in");
        pages.put("/staff/index.xhtml", STAFF_PAGE);
        pages.put("/staff/pause.xhtml", STAFF_PAGE);
        pages.put("/staff/bookings.xhtml", STAFF_PAGE);
        pages.put("/staff/booking.xhtml?id=" + booking, STAFF_PAGE);
        pages.put("/staff/members.xhtml", STAFF_PAGE);
        pages.put("/staff/new-member.xhtml", STAFF_PAGE);
        pages.put("/staff/new-listing.xhtml?member=" + daniel + "&trade=cleaning", STAFF_PAGE);
        pages.put("/staff/member.xhtml?id=" + daniel, STAFF_PAGE);
        pages.put("/staff/member-details.xhtml?id=" + daniel, STAFF_PAGE);
        pages.put("/staff/record-work.xhtml?member=" + daniel, STAFF_PAGE);
        pages.put("/staff/customers.xhtml", STAFF_PAGE);
        pages.put("/staff/customer.xhtml?id=" + customerA, STAFF_PAGE);
        pages.put("/staff/settings.xhtml", STAFF_PAGE);
        pages.put("/staff/contributions.xhtml", STAFF_PAGE);
        pages.put("/staff/benefit-rates.xhtml", STAFF_PAGE);
        pages.put("/staff/listing.xhtml?id=" + danielsListing, STAFF_PAGE);
        pages.put("/staff/edit-listing.xhtml?id=" + danielsListing, STAFF_PAGE);
        pages.put("/staff/orders.xhtml", STAFF_PAGE);
        pages.put("/staff/invoices.xhtml", STAFF_PAGE);
        pages.put("/staff/invoice.xhtml?id=nothing", STAFF_PAGE);
        pages.put("/staff/payouts.xhtml", STAFF_PAGE);
        pages.put("/staff/reports.xhtml", STAFF_PAGE);
        pages.put("/staff/payout-run.xhtml?id=nothing", STAFF_PAGE);
        // The customer's account: customers only (others signed in are told so, 403); someone else's things 404.
        pages.put("/account/index.xhtml", "sign-in ok ok 403 403 ok 403 403");
        pages.put("/account/booking.xhtml?id=" + booking, "sign-in ok 404 403 403 404 403 403");
        pages.put("/account/order.xhtml?id=" + order, "sign-in ok 404 403 403 404 403 403");
        pages.put("/account/pay.xhtml?invoice=nothing", "sign-in 404 404 403 403 404 403 403");
        pages.put("/account/card.xhtml", "sign-in ok ok 403 403 ok 403 403");
        pages.put("/account/card.xhtml?after=checkout", "sign-in ok ok 403 403 ok 403 403");

        List<String> wrong = new ArrayList<>();
        pages.forEach((path, expected) -> {
            String[] outcomes = expected.split(" ");
            for (Caller caller : Caller.values()) {
                HttpResponse<String> page = page(caller, path);
                String got = page.statusCode() == 302
                        && page.headers().firstValue("Location").orElse("").contains("/sign-in.xhtml")
                        ? "sign-in" : String.valueOf(page.statusCode());
                check("GET " + path, caller, outcomes[caller.ordinal()], page.statusCode(), got, wrong);
            }
        });
        assertEquals(List.of(), wrong);
    }

    /** Another member's availability does not exist for a member (404), as someone else's booking does not. */
    @Test
    void aMemberMayNotSeeOrChangeAnotherMembersAvailability() {
        meetTheCallers();
        String other = newMember("cleaning");
        Api daniel = as(Caller.MEMBER_A);
        assertEquals(404, daniel.get("/members/" + other + "/availability").status());
        assertEquals(404, daniel.put("/members/" + other + "/availability", "{\"weekly\": [], \"exceptions\": []}")
                .status());
        assertEquals(200, as(Caller.STAFF).get("/members/" + other + "/availability").status());
    }

    private static void check(String operation, Caller caller, String expected, int status, String got,
            List<String> wrong) {
        boolean right = switch (expected) {
            case "ok" -> status != 401 && status != 403 && status != 404 && !got.equals("sign-in");
            case "in" -> status != 401 && status != 403;
            default -> expected.equals(got);
        };
        if (!right) {
            wrong.add(operation + " as " + caller + ": expected " + expected + ", got " + got);
        }
    }

    private HttpResponse<String> page(Caller caller, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/html");
        String[] login = logins.get(caller);
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((login[0] + ":" + login[1]).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return PAGES_CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("GET " + path + " as " + caller, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Api.Reply call(Api api, String method, String path) {
        return switch (method) {
            case "GET" -> path.endsWith("/pdf") || path.endsWith("/remittance") ? api.getPdf(path)
                    : path.endsWith("/bank-file") || path.endsWith("/csv") || path.startsWith("/reports/")
                    ? api.getDocument(path, "text/csv")
                    : api.get(path);
            case "POST" -> api.post(path, "{}");
            case "PUT" -> api.put(path, "{}");
            case "DELETE" -> api.delete(path);
            default -> throw new IllegalArgumentException(method);
        };
    }
}
