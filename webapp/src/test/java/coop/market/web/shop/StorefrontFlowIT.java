package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.StripeJs;
import coop.market.web.support.stripe.FakeStripe;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A customer's whole way through the storefront in a real browser: a visit booked step by step (options, a free
 * time, how often, where, the answers checked), a craft item, one basket, an account created at checkout and
 * everything booked and ordered at once, the craft item paid for then and there and the card the visits' invoice
 * will be taken from saved, both through Stripe.js (a stand-in) and the fake Stripe's webhooks; the booking flow again with the keyboard alone; and the mistakes a
 * customer can make, each explained beside the field with nothing typed lost. Every page is scanned with axe-core
 * and photographed at phone and desktop width.
 */
class StorefrontFlowIT extends ArquillianIT {

    private static final String NOTES = "The gate is at the side of the house.";

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private FakeStripe stripe;

    @BeforeEach
    void listenToStripe() {
        stripe = cleanStripe();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    /** A gardener bookable every day, weeding and hedges at GBP 20 an hour; their id and listing's id. */
    private String[] gardener(String name) {
        String member = newMember("gardening");
        availableEveryDay(member);
        var listing = staff().post("/listings", """
                {"memberId": "%s", "trade": "gardening", "title": "%s", "description": "Weeding and hedges.",
                 "price": {"minor": 2000, "currency": "GBP"}, "priceUnit": "HOUR",
                 "attributes": {"tasks": ["weeding", "hedge-trimming"]}}""".formatted(member, name));
        assertEquals(201, listing.status(), listing.toString());
        return new String[] {member, listing.object().getString("id")};
    }

    private Page open(Size size, String path) {
        Page page = PAGES.open(size);
        page.navigate(base + path);
        return page;
    }

    private void continueTo(Page page, String question) {
        page.getByRole(AriaRole.BUTTON, named("Continue")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(question);
    }

    @ParameterizedTest
    @EnumSource(Size.class)
    void aNewCustomerBooksFortnightlyGardeningAndACraftItemInOneBasketChecksOutAndSeesBoth(Size size) {
        String title = "Tidy gardens " + size.label();
        String[] gardener = gardener(title);
        String cards = "Painted cards " + size.label();
        String cardsListing = craft(cards);

        Page page = open(size, "");
        page.locator(".trade-card").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Gardening"))
                .click();
        assertThat(page.locator("h1")).hasText("Gardening");
        page.getByLabel("Words to look for").fill(title);
        page.getByRole(AriaRole.BUTTON, named("Search")).click();
        assertThat(page.locator(".listing-card")).hasCount(1);
        Browser.checkAndShoot(page, "flow-trade", size);
        page.getByRole(AriaRole.LINK, named(title)).click();
        assertThat(page.locator("h1")).hasText(title);
        Browser.checkAndShoot(page, "flow-listing-service", size);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                java.util.regex.Pattern.compile("^Book a visit with "))).click();

        assertThat(page.locator("h1")).hasText("What needs doing?");
        assertThat(page.locator(".step-count")).containsText("step 1 of 5");
        Browser.checkAndShoot(page, "flow-book-options", size);
        page.getByLabel("Weeding").check();
        continueTo(page, "Choose a day and time");
        Browser.checkAndShoot(page, "flow-book-slot", size);
        Locator firstTime = page.locator("input[name=slot]").first();
        String start = firstTime.getAttribute("value");
        firstTime.check();
        continueTo(page, "Once, or again and again?");
        Browser.checkAndShoot(page, "flow-book-repeat", size);
        page.getByLabel("Every two weeks").check();
        page.getByLabel("How many visits, if it repeats").fill("4");
        continueTo(page, "Where is the work?");
        Browser.checkAndShoot(page, "flow-book-address", size);
        page.getByLabel("Address line 1").fill("8 Oak Avenue");
        page.getByLabel("Town").fill("Orpington");
        page.getByLabel("Postcode").fill("BR5 1AA");
        page.getByLabel("Anything Test should know (optional)").fill(NOTES);
        continueTo(page, "Check your answers");
        assertThat(page.locator(".answers")).containsText("Every two weeks, 4 visits");
        assertThat(page.locator(".answers")).containsText("8 Oak Avenue, Orpington, BR5 1AA");
        assertThat(page.locator(".answers")).containsText("weeding");
        assertThat(page.locator(".answers")).containsText(NOTES);
        Browser.checkAndShoot(page, "flow-book-check", size);
        page.getByRole(AriaRole.BUTTON, named("Add to basket")).click();

        assertThat(page.locator("h1")).hasText("Your basket");
        assertThat(page.locator(".notice")).containsText("Nothing is booked until you check out");
        assertThat(page.locator(".basket-item")).hasCount(1);
        assertThat(page.locator(".nav-list")).containsText("Basket (1)");

        page.navigate(base + "shop/listing.xhtml?id=" + cardsListing);
        Browser.checkAndShoot(page, "flow-listing-product", size);
        page.getByLabel("How many").fill("2");
        page.getByRole(AriaRole.BUTTON, named("Add to basket")).click();
        assertThat(page.locator(".basket-item")).hasCount(2);
        assertThat(page.locator(".basket-item").nth(1)).containsText("2 at £12.50 each");
        Browser.checkAndShoot(page, "flow-basket", size);
        page.getByLabel("I will collect from the co-op").check();
        page.getByRole(AriaRole.BUTTON, named("Continue to checkout")).click();

        assertThat(page.locator("h1")).hasText("Check out");
        Browser.checkAndShoot(page, "flow-checkout-signed-out", size);
        page.getByRole(AriaRole.LINK, named("Create an account")).click();
        assertThat(page.locator("h1")).hasText("Create an account");
        String email = Api.uniqueEmail("gardener-customer");
        page.getByLabel("Your name").fill("Robin Fields");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Choose a password").fill(PASSWORD);
        page.getByLabel("Address line 1").fill("8 Oak Avenue");
        page.getByLabel("Town").fill("Orpington");
        page.getByLabel("Postcode").fill("BR5 1AA");
        Browser.checkAndShoot(page, "flow-sign-up", size);
        page.getByRole(AriaRole.BUTTON, named("Create my account")).click();

        assertThat(page.locator("h1")).hasText("Check out");
        assertThat(page.locator(".signed-in-as")).containsText(email);
        assertThat(page.locator(".basket-item")).hasCount(2);
        assertThat(page.locator("#pay-words")).hasText("You pay £25.00 for your order now, by card. Next you pay on"
                + " the form of Stripe, our card payment provider. Your visits are invoiced after the work is done."
                + " You can save a card for them after paying.");
        Browser.checkAndShoot(page, "flow-checkout", size);
        StripeJs.standIn(page);
        page.getByRole(AriaRole.BUTTON, named("Confirm and book")).click();

        // Booked and ordered; the order is paid for now, through Stripe.js (the stand-in), on its own invoice.
        assertThat(page.locator("h1")).containsText("Pay invoice ");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Everything is booked and ordered");
        assertThat(page.locator("#after-checkout")).containsText("Your order is placed. This is its invoice.");
        assertThat(page.locator("#due")).hasText("£25.00");
        assertThat(page.locator("#payment-element")).containsText("Card details would be typed here");
        Browser.checkAndShoot(page, "flow-pay", size);
        Api customer = anonymous().as(email, PASSWORD);
        JsonObject invoice = customer.get("/invoices").array().getJsonObject(0);
        assertEquals(2500, invoice.getJsonObject("total").getInt("minor"), "the cards only: the visits come later");
        page.getByRole(AriaRole.BUTTON, named("Pay £25.00")).click();
        stripe.succeed(stripe.lastPaymentIntentWithMetadata("invoice_id", invoice.getString("id")).id());
        stripe.awaitDeliveries(Duration.ofSeconds(10));

        assertThat(page.locator("h1")).hasText("Thank you");
        assertThat(page.locator("#payment")).hasText("Thank you for paying £25.00 for your order. Invoice "
                + invoice.getString("number") + " shows it as paid once your bank confirms it. After the work is"
                + " done, we e-mail you one invoice for your visits. You can pay it from your account, or save a card"
                + " now and we take the money from it then.");
        assertEquals("PAID", customer.get("/invoices/" + invoice.getString("id")).object().getString("status"));
        String reference = page.locator(".reference strong").innerText();
        assertEquals(8, reference.length(), reference);
        assertThat(page.locator("main")).containsText(title);
        assertThat(page.locator("main")).containsText("2 x " + cards);
        assertThat(page.locator(".nav-list")).not().containsText("Basket (");
        Browser.checkAndShoot(page, "flow-confirmation", size);

        // The card the visits' invoice will be taken from, saved through Stripe.js.
        page.getByRole(AriaRole.LINK, named("Save a card")).click();
        assertThat(page.locator("h1")).hasText("Your card");
        assertThat(page.locator("#card-words")).hasText("We take the money from this card when we invoice you,"
                + " after the work is done. You will get the invoice by e-mail.");
        String secret = page.locator("#card-form").getAttribute("data-secret");
        page.getByRole(AriaRole.BUTTON, named("Save this card")).click();
        stripe.completeSetup(secret.substring(0, secret.indexOf("_secret_")), "visa", "4242");
        stripe.awaitDeliveries(Duration.ofSeconds(10));

        // Both are in the new customer's account.
        assertThat(page.locator("h1")).hasText("Your account");
        page.reload();
        assertThat(page.locator("main")).containsText(title);
        assertThat(page.locator("main")).containsText(cards);
        assertThat(page.locator("#saved-card")).containsText("Your card: Visa ending 4242.");
        Browser.checkAndShoot(page, "flow-account", size);
        assertThat(page.locator("#remove-card-button")).hasText("Remove it: Visa ending 4242");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove it")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your card is removed. We will not take money from it.");
        assertThat(page.locator("#your-card")).containsText("No card saved.");
        Browser.checkAndShoot(page, "flow-account-card-removed", size);
        page.getByRole(AriaRole.LINK, named("Save a card")).click();
        assertThat(page.locator("h1")).hasText("Your card");
        assertThat(page.locator("#leave")).hasText("Back to your account");
        Browser.checkAndShoot(page, "account-card", size);

        // What was stored: four fortnightly requests at the chosen time, with the notes; one order of two cards.
        List<JsonObject> visits = customer.get("/bookings").array().getValuesAs(JsonObject.class);
        assertEquals(4, visits.size(), visits.toString());
        OffsetDateTime first = OffsetDateTime.parse(start);
        for (int i = 0; i < 4; i++) {
            JsonObject visit = visits.get(i);
            assertEquals("REQUESTED", visit.getString("status"));
            assertEquals(gardener[1], visit.getString("listingId"));
            assertEquals(first.toInstant().plus(14L * i, ChronoUnit.DAYS).atZone(LONDON).toLocalDate(),
                    OffsetDateTime.parse(visit.getString("start")).atZoneSameInstant(LONDON).toLocalDate());
        }
        assertEquals(first.toInstant(), OffsetDateTime.parse(visits.get(0).getString("start")).toInstant());
        List<JsonObject> orders = customer.get("/orders").array().getValuesAs(JsonObject.class);
        assertEquals(1, orders.size(), orders.toString());
        assertEquals("PLACED", orders.get(0).getString("status"));
        assertEquals(2500, orders.get(0).getJsonObject("total").getInt("minor"));
        assertEquals(3, anonymous().get("/listings/" + cardsListing).object().getInt("stock"));

        // Paid for: the customer is asked to get in touch to cancel it, and the money is given back.
        page.navigate(base + "account/order.xhtml?id=" + orders.get(0).getString("id"));
        assertThat(page.locator("#paid-order")).containsText("You have paid for this order.");
        assertThat(page.getByRole(AriaRole.BUTTON, named("Yes, cancel the order"))).hasCount(0);
        Browser.checkAndShoot(page, "flow-account-order-paid", size);
    }

    @Test
    void theBookingFlowCanBeDoneWithTheKeyboardAlone() {
        String[] gardener = gardener("Keyboard gardens");
        Page page = open(Size.DESKTOP, "shop/listing.xhtml?id=" + gardener[1]);
        Keyboard keys = new Keyboard(page);

        keys.tabTo(page.locator("#book"));
        keys.press("Enter");
        assertThat(page.locator("h1")).hasText("What needs doing?");
        keys.tabTo(page.getByLabel("Trimming hedges"));
        keys.press("Space");
        assertThat(page.getByLabel("Trimming hedges")).isChecked();
        keys.tabTo(page.getByRole(AriaRole.BUTTON, named("Continue")));
        keys.press("Enter");

        assertThat(page.locator("h1")).hasText("Choose a day and time");
        assertThat(page.locator("h1")).isFocused();
        Locator firstTime = page.locator("input[name=slot]").first();
        keys.tabTo(firstTime);
        keys.press("Space");
        assertThat(firstTime).isChecked();
        keys.tabTo(page.getByRole(AriaRole.BUTTON, named("Continue")));
        keys.press("Enter");

        assertThat(page.locator("h1")).hasText("Once, or again and again?");
        keys.tabTo(page.getByLabel("Just once"));
        keys.press("ArrowDown");
        assertThat(page.getByLabel("Every week")).isChecked();
        keys.tabTo(page.getByLabel("How many visits, if it repeats"));
        keys.press("Control+a");
        keys.type("3");
        keys.press("Enter");

        assertThat(page.locator("h1")).hasText("Where is the work?");
        for (String[] field : new String[][] {{"Address line 1", "1 Key Street"}, {"Town", "Orpington"},
                {"Postcode", "BR6 0AA"}}) {
            keys.tabTo(page.getByLabel(field[0]));
            keys.type(field[1]);
        }
        keys.tabTo(page.getByRole(AriaRole.BUTTON, named("Continue")));
        keys.press("Enter");

        assertThat(page.locator("h1")).hasText("Check your answers");
        assertThat(page.locator(".answers")).containsText("Every week, 3 visits");
        keys.tabTo(page.getByRole(AriaRole.BUTTON, named("Add to basket")));
        keys.press("Enter");
        assertThat(page.locator("h1")).hasText("Your basket");
        assertThat(page.locator(".basket-item")).containsText("Keyboard gardens");
    }

    @Test
    void mistakesAreExplainedBesideTheFieldAndNothingTypedIsLost() {
        String[] gardener = gardener("Careful gardens");
        for (Size size : Size.values()) {
            Page page = open(size, "shop/book.xhtml?listing=" + gardener[1]);
            // Weeding is ticked to begin with (the trade's usual job); with no job ticked there is nothing to do.
            assertThat(page.getByLabel("Weeding")).isChecked();
            page.getByLabel("Weeding").uncheck();
            page.getByRole(AriaRole.BUTTON, named("Continue")).click();
            assertThat(page.locator(".error-summary")).isFocused();
            assertThat(page.locator(".error-summary a[href='#tasks']")).hasText("Choose at least one job for the gardener.");
            Browser.checkAndShoot(page, "flow-book-options-error", size);
            page.getByLabel("Weeding").check();
            continueTo(page, "Choose a day and time");
            // No time chosen.
            page.getByRole(AriaRole.BUTTON, named("Continue")).click();
            assertThat(page.locator(".error-summary")).containsText("Choose a day and time");
            assertThat(page.locator(".error-summary")).isFocused();
            Browser.checkAndShoot(page, "flow-book-slot-error", size);
            page.locator("input[name=slot]").first().check();
            continueTo(page, "Once, or again and again?");
            page.getByLabel("Every month").check();
            page.getByLabel("How many visits, if it repeats").fill("500");
            page.getByRole(AriaRole.BUTTON, named("Continue")).click();
            assertThat(page.locator("#visits-error")).containsText("from 2 to 52");
            assertThat(page.getByLabel("Every month")).isChecked();
            Browser.checkAndShoot(page, "flow-book-repeat-error", size);
            page.getByLabel("How many visits, if it repeats").fill("2");
            continueTo(page, "Where is the work?");
            // A postcode that is not one, with notes typed: the notes stay.
            page.getByLabel("Address line 1").fill("3 Birch Close");
            page.getByLabel("Town").fill("Orpington");
            page.getByLabel("Postcode").fill("nowhere");
            page.getByLabel("Anything Test should know (optional)").fill(NOTES);
            page.getByRole(AriaRole.BUTTON, named("Continue")).click();
            Locator summary = page.locator(".error-summary");
            assertThat(summary.getByRole(AriaRole.LINK)).hasAttribute("href", "#postcode");
            assertThat(page.locator("#postcode-error")).containsText("Enter a full postcode like BR5 3AB");
            assertThat(page.getByLabel("Postcode")).hasAttribute("aria-invalid", "true");
            assertThat(page.getByLabel("Address line 1")).hasValue("3 Birch Close");
            assertThat(page.getByLabel("Anything Test should know (optional)")).hasValue(NOTES);
            Browser.checkAndShoot(page, "flow-book-address-error", size);
            page.getByLabel("Postcode").fill("BR6 0AA");
            continueTo(page, "Check your answers");
            // Changing one answer goes straight back to the answers, the others kept.
            page.getByRole(AriaRole.BUTTON, named("Change how often")).click();
            assertThat(page.getByLabel("Every month")).isChecked();
            page.getByLabel("Every week").check();
            continueTo(page, "Check your answers");
            assertThat(page.locator(".answers")).containsText("Every week, 2 visits");
            assertThat(page.locator(".answers")).containsText("3 Birch Close");
        }
    }

    @Test
    void aTimeTakenBeforeCheckoutBooksNothingAndKeepsTheBasket() {
        String[] gardener = gardener("Popular gardens");
        String cardsListing = craft("Last cards");
        String email = Api.uniqueEmail("too-late");
        signUp(email, null);
        Page page = PAGES.open(Size.DESKTOP);
        page.navigate(base + "sign-in.xhtml");
        page.getByLabel("E-mail address").fill(email);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, named("Sign in")).click();
        assertThat(page.locator(".signed-in-as")).isVisible();

        String start = addVisit(page, gardener[1]);
        page.navigate(base + "shop/listing.xhtml?id=" + cardsListing);
        page.getByLabel("How many").fill("6");
        page.getByRole(AriaRole.BUTTON, named("Add to basket")).click();
        assertThat(page.locator("#quantity-error")).containsText("There are only 5 left");
        Browser.checkAndShoot(page, "flow-listing-product-error", Size.DESKTOP);
        page.getByLabel("How many").fill("1");
        page.getByRole(AriaRole.BUTTON, named("Add to basket")).click();
        page.getByRole(AriaRole.BUTTON, named("Continue to checkout")).click();

        // Someone else books the same time first.
        String other = signUp(Api.uniqueEmail("quicker"), null);
        var taken = staff().post("/bookings", """
                {"listingId": "%s", "customerId": "%s", "start": "%s", "durationMinutes": 60,
                 "attributes": {"tasks": ["weeding"]}}""".formatted(gardener[1], other, start));
        assertEquals(201, taken.status(), taken.toString());

        page.getByRole(AriaRole.BUTTON, named("Confirm and book")).click();
        Locator summary = page.locator(".error-summary");
        assertThat(summary).containsText("Nothing in the basket was booked or ordered");
        assertThat(summary).isFocused();
        assertThat(page.locator(".basket-item")).hasCount(2);
        Browser.checkAndShoot(page, "flow-checkout-refused", Size.DESKTOP);
        Api customer = anonymous().as(email, PASSWORD);
        assertTrue(customer.get("/bookings").array().isEmpty(), "no booking was made");
        assertTrue(customer.get("/orders").array().isEmpty(), "no order was made");
        assertEquals(5, anonymous().get("/listings/" + cardsListing).object().getInt("stock"));

        // Taking the visit out, the rest checks out.
        page.navigate(base + "shop/basket.xhtml");
        page.locator(".basket-item", new Page.LocatorOptions().setHasText("Popular gardens"))
                .getByRole(AriaRole.BUTTON).click();
        assertThat(page.locator(".basket-item")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, named("Continue to checkout")).click();
        page.getByRole(AriaRole.BUTTON, named("Confirm and book")).click();
        assertThat(page.locator("h1")).containsText("Pay invoice ");
        assertFalse(customer.get("/orders").array().isEmpty(), "the order was made before paying");
        // Paying later: the order stands, and its invoice waits in the account.
        page.getByRole(AriaRole.LINK, named("Pay later")).click();
        assertThat(page.locator("h1")).hasText("Thank you");
        JsonObject invoice = customer.get("/invoices").array().getJsonObject(0);
        assertEquals("ISSUED", invoice.getString("status"));
        assertThat(page.locator("#payment")).hasText("Your order is not paid yet. Pay invoice "
                + invoice.getString("number") + " (£12.50) from your account, by card or by bank transfer.");
        Browser.checkAndShoot(page, "flow-confirmation-pay-later", Size.DESKTOP);
        assertEquals(1, customer.get("/orders").array().size());

        // A visit alone: nothing to pay now; next, the card its invoice will be taken from is saved, or not.
        StripeJs.standIn(page);
        addVisit(page, gardener[1]);
        page.getByRole(AriaRole.BUTTON, named("Continue to checkout")).click();
        assertThat(page.locator("#pay-words")).containsText("You pay nothing now. Next you save your card");
        page.getByRole(AriaRole.BUTTON, named("Confirm and book")).click();
        assertThat(page.locator("h1")).hasText("Your card");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Everything is booked and ordered");
        assertThat(page.locator("main")).containsText("Your bookings stand whether you save a card or not.");
        assertThat(page.locator("#payment-element")).containsText("Card details would be typed here");
        Browser.checkAndShoot(page, "flow-card", Size.DESKTOP);
        page.getByRole(AriaRole.LINK, named("Not now: go on without saving a card")).click();
        assertThat(page.locator("h1")).hasText("Thank you");
        assertThat(page.locator("#payment")).containsText("You did not save a card, and that is fine: pay the"
                + " invoice from your account, by card or by bank transfer.");
        assertThat(page.getByRole(AriaRole.LINK, named("Save a card"))).isVisible();
        Browser.checkAndShoot(page, "flow-confirmation-no-card", Size.DESKTOP);
        assertEquals(1, customer.get("/bookings").array().size());
        assertEquals(404, customer.get("/me/card").status());
    }

    /** Books the gardener's first free time, once, for weeding at the customer's own address; its start. */
    private String addVisit(Page page, String listing) {
        page.navigate(base + "shop/book.xhtml?listing=" + listing);
        page.getByLabel("Weeding").check();
        continueTo(page, "Choose a day and time");
        Locator firstTime = page.locator("input[name=slot]").first();
        String start = firstTime.getAttribute("value");
        firstTime.check();
        continueTo(page, "Once, or again and again?");
        continueTo(page, "Where is the work?");
        assertThat(page.getByLabel("Address line 1")).hasValue("2 Elm Road");
        continueTo(page, "Check your answers");
        page.getByRole(AriaRole.BUTTON, named("Add to basket")).click();
        return start;
    }

    /** Moves focus with Tab alone, as a keyboard user does, and presses keys where it lands. */
    private static final class Keyboard {

        private static final int MOST_TABS = 80;

        private final Page page;

        Keyboard(Page page) {
            this.page = page;
        }

        void tabTo(Locator target) {
            for (int i = 0; i < MOST_TABS; i++) {
                if ((Boolean) target.evaluate("element => element === document.activeElement")) {
                    return;
                }
                page.keyboard().press("Tab");
            }
            throw new AssertionError("Tab never reached " + target);
        }

        void press(String key) {
            page.keyboard().press(key);
        }

        void type(String text) {
            page.keyboard().type(text);
        }
    }
}
