package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.Trader;
import coop.market.web.support.stripe.FakeStripe;
import coop.market.web.support.stripe.Transfer;
import jakarta.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pay-outs in the back office, in a real browser: staff say how members are paid and set an earnings limit on
 * the member's page, make a pay-out run, look over the preview, cancel it, make it again, approve it, check the
 * total and pay the members, then download the bank file. Every page and state passes the accessibility scan.
 */
class StaffPayoutsIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private final FakeStripe stripe = FakeStripe.shared();

    @BeforeEach
    void noRunLeftOpen() {
        stripe.reset();
        stripe.deliverTo(URI.create(base + "api/v1/stripe/webhook"));
        finishOpenPayoutRuns();
    }

    private static Page.GetByRoleOptions named(String name) {
        return new Page.GetByRoleOptions().setName(name);
    }

    private static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @Test
    void staffSetHowMembersArePaidThenMakeApproveAndPayARunAndDownloadTheBankFile() throws Exception {
        tenPercentAboveTwentyPounds();
        Trader una = newTrader("Una Upton", "cleaning");
        Trader vic = newTrader("Vic Vale", "gardening");
        Trader wes = newTrader("Wes West", "cleaning");
        String customer = signUp(Api.uniqueEmail("payer"), null);
        LocalDate today = LocalDate.now(LONDON);
        done(una, customer, today.minusDays(1) + "T09:00", 120);
        done(vic, customer, today.minusDays(1) + "T12:00", 60);
        done(wes, customer, today.minusDays(1) + "T14:00", 60);
        JsonObject invoice = invoiceOf(customer);
        assertEquals(201, pay(invoice.getString("id"), "BANK_TRANSFER",
                invoice.getJsonObject("total").getInt("minor")).status());

        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/member.xhtml?id=" + una.id());
        assertThat(page.locator("#pay-current")).hasText("Not set up yet. Their money is held until it is.");
        page.getByLabel("Bank transfer", exact()).check();
        page.getByLabel("Name on the bank account (for a bank transfer)").fill("Una Upton");
        page.getByLabel("Sort code").fill("12-34");
        page.getByLabel("Account number").fill("1234");
        page.getByRole(AriaRole.BUTTON, named("Save how they are paid")).click();
        assertThat(page.locator(".error-summary a[href='#sortCode']")).hasText("A sort code has 6 digits, like 12-34-56");
        assertThat(page.locator(".error-summary a[href='#accountNumber']")).isVisible();
        assertThat(page.locator("#sortCode-error")).isVisible();
        assertEquals("12-34", page.getByLabel("Sort code").inputValue(), "what was typed stays");
        assertTrue(page.getByLabel("Bank transfer", exact()).isChecked());
        Browser.checkAndShoot(page, "staff-member-payout-method-errors", Size.DESKTOP);

        page.getByLabel("Sort code").fill("12-34-56");
        page.getByLabel("Account number").fill("1234 5678");
        page.getByRole(AriaRole.BUTTON, named("Save how they are paid")).click();
        assertThat(page.locator(".notice")).containsText("Saved. Una is paid this way from the next pay-out run.");
        assertThat(page.locator("#pay-current"))
                .hasText("Bank transfer to UNA UPTON, sort code **-**-56, account ****5678");
        assertThat(page.locator("#pay-frequency")).hasText("Weekly: in every pay-out run");
        assertTrue(!page.content().contains("12345678"), "the account number is never shown again");
        assertEquals("BANK_TRANSFER", staff().get("/members/" + una.id() + "/payout-method").object()
                .getString("method"));

        page.getByLabel("Which benefit the limit comes from").selectOption("CUSTOM");
        page.getByRole(AriaRole.BUTTON, named("Save the earnings limit")).click();
        assertThat(page.locator(".error-summary a[href='#limitAmount']")).hasText("Enter the limit in pounds, like 100.00");
        assertThat(page.locator(".error-summary a[href='#limitPeriod']")).isVisible();
        assertEquals("CUSTOM", page.getByLabel("Which benefit the limit comes from").inputValue());
        Browser.checkAndShoot(page, "staff-member-earnings-limit-errors", Size.DESKTOP);
        page.getByLabel("The limit in pounds").fill("100.00");
        page.getByLabel("A week", exact()).check();
        page.getByRole(AriaRole.BUTTON, named("Save the earnings limit")).click();
        assertThat(page.locator(".notice")).containsText("Saved. The new earnings limit applies");
        assertThat(page.locator("#limit-current")).containsText("Another limit, agreed with their adviser: £100.00 a week");
        assertThat(page.locator("#limit-periods li").first()).containsText("limit £100.00");
        assertEquals(10000, staff().get("/members/" + una.id() + "/earnings").object().getJsonArray("periods")
                .getJsonObject(0).getJsonObject("limit").getInt("minor"), "saved for this period on");
        for (Size size : Size.values()) {
            Page shown = PAGES.signedIn(base, "staff@demo.coop", size);
            shown.navigate(base + "staff/member.xhtml?id=" + una.id());
            Browser.checkAndShoot(shown, "staff-member-payout-method", size);
        }

        page.navigate(base + "staff/member.xhtml?id=" + vic.id());
        page.getByLabel("Stripe", exact()).check();
        page.getByLabel("Their Stripe account (for Stripe)").fill("acct_vic1");
        page.getByRole(AriaRole.BUTTON, named("Save how they are paid")).click();
        assertThat(page.locator("#pay-current")).hasText("Stripe, to their account acct_vic1");

        page.navigate(base + "staff/index.xhtml");
        page.getByRole(AriaRole.LINK, named("Pay-outs").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Pay-outs");
        assertEquals(today.minusDays(1).toString(), page.getByLabel("Pay money received up to and including")
                .inputValue(), "up to yesterday unless staff say otherwise");
        Browser.checkAndShoot(page, "staff-payouts", Size.DESKTOP);
        page.getByLabel("Pay money received up to and including").fill(today.plusDays(2).toString());
        page.getByRole(AriaRole.BUTTON, named("Make a pay-out run")).click();
        assertThat(page.locator(".error-summary")).containsText("The period cannot end after today");

        String draft = makeRun(page, today);
        assertRow(page, "Una Upton", "£36.00", "£1.60", "£34.40", "Bank transfer", "Not paid yet");
        assertRow(page, "Vic Vale", "£18.00", "£0.00", "£18.00", "Stripe", "Not paid yet");
        assertThat(page.locator("#held")).containsText("Wes West, £18.00: No way to pay them yet");
        JsonObject run = staff().get("/payout-runs/" + draft).object();
        String totalNet = pounds(run.getJsonObject("totalNet").getInt("minor"));
        assertThat(page.locator("#run-net")).hasText(totalNet);
        assertThat(page.locator("#run-state")).hasText("Draft: look it over");
        Browser.checkAndShoot(page, "staff-payout-run-draft", Size.DESKTOP);

        page.navigate(base + "staff/payouts.xhtml");
        assertThat(page.locator("section[aria-labelledby=make-heading] .notice")).containsText("is not finished");
        page.getByLabel("Pay money received up to and including").fill(today.toString());
        page.getByRole(AriaRole.BUTTON, named("Make a pay-out run")).click();
        assertThat(page.locator(".error-summary")).containsText("Another pay-out run is not finished yet");
        Browser.checkAndShoot(page, "staff-payouts-open-run", Size.DESKTOP);

        page.navigate(base + "staff/payout-run.xhtml?id=" + draft);
        page.getByRole(AriaRole.BUTTON, named("Cancel the run")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The run is cancelled");
        assertThat(page.locator("#run-state")).hasText("Cancelled");
        assertEquals("CANCELLED", staff().get("/payout-runs/" + draft).object().getString("status"));

        String runId = makeRun(page, today);
        page.getByRole(AriaRole.BUTTON, named("Approve")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Approved.");
        assertThat(page.locator("#run-state")).hasText("Approved: ready to pay");
        assertEquals(0, stripe.created("transfer"), "approving pays nobody");

        page.getByRole(AriaRole.BUTTON, named("Pay members")).click();
        run = staff().get("/payout-runs/" + runId).object();
        int members = run.getJsonArray("payouts").size();
        totalNet = pounds(run.getJsonObject("totalNet").getInt("minor"));
        assertThat(page.getByRole(AriaRole.HEADING, named("Check before you pay"))).isVisible();
        assertThat(page.locator("#check-members")).hasText(members + " members");
        assertThat(page.locator("#check-total")).hasText(totalNet);
        assertEquals(0, stripe.created("transfer"), "checking pays nobody");
        Browser.checkAndShoot(page, "staff-payout-run-check", Size.DESKTOP);
        page.getByRole(AriaRole.BUTTON, named("Yes, pay " + members + " members " + totalNet)).click();

        assertThat(page.getByRole(AriaRole.STATUS)).containsText("paid through Stripe");
        assertThat(page.locator("#run-state")).hasText("Paid");
        assertRow(page, "Una Upton", "£36.00", "£1.60", "£34.40", "Bank transfer", "In the bank file");
        assertRow(page, "Vic Vale", "£18.00", "£0.00", "£18.00", "Stripe", "Paid");
        List<Transfer> toVic = stripe.transfers().stream().filter(t -> t.destination().equals("acct_vic1")).toList();
        assertEquals(1, toVic.size());
        assertEquals(1800, toVic.get(0).amount());
        Browser.checkAndShoot(page, "staff-payout-run-paid", Size.DESKTOP);

        Download file = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                named("Download the bank payment file (CSV)")).click());
        List<String> lines = Files.readAllLines(file.path());
        assertEquals("name,sort_code,account_number,amount,reference", lines.get(0));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("UNA UPTON,12-34-56,12345678,34.40,")),
                lines.toString());

        page.navigate(base + "staff/member.xhtml?id=" + una.id());
        Locator theirs = page.locator("#member-payouts tbody tr");
        assertThat(theirs).hasCount(1);
        assertThat(theirs.first()).containsText("£34.40");
        assertThat(theirs.first()).containsText("In the bank file");

        page.navigate(base + "staff/payouts.xhtml");
        page.getByLabel("Pay money received up to and including").fill(today.toString());
        page.getByRole(AriaRole.BUTTON, named("Make a pay-out run")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Nobody can be paid");
        assertThat(page.locator("#held")).containsText("Wes West, £18.00: No way to pay them yet");
        Browser.checkAndShoot(page, "staff-payouts-nothing-to-pay", Size.DESKTOP);

        Page phone = PAGES.signedIn(base, "staff@demo.coop", Size.PHONE);
        phone.navigate(base + "staff/payouts.xhtml");
        Browser.checkAndShoot(phone, "staff-payouts", Size.PHONE);
        phone.navigate(base + "staff/payout-run.xhtml?id=" + runId);
        Browser.checkAndShoot(phone, "staff-payout-run-paid", Size.PHONE);
        phone.navigate(base + "staff/index.xhtml");
        Browser.checkAndShoot(phone, "staff-desk-payouts", Size.PHONE);
        phone.navigate(base + "staff/payout-run.xhtml?id=nothing");
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Pay-out run not found");
        Browser.assertAccessible(phone);
    }

    /** Makes a run up to the day on the pay-outs page; the run's id, from the run page it opens. */
    private String makeRun(Page page, LocalDate day) {
        page.navigate(base + "staff/payouts.xhtml");
        page.getByLabel("Pay money received up to and including").fill(day.toString());
        page.getByRole(AriaRole.BUTTON, named("Make a pay-out run")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The draft run is made.");
        return URI.create(page.url()).getQuery().replaceAll(".*\\bid=([^&]+).*", "$1");
    }

    /** The member's row of the run page's table says exactly these figures. */
    private static void assertRow(Page page, String member, String gross, String contribution, String net,
            String how, String state) {
        Locator row = page.locator("#payouts tbody tr").filter(new Locator.FilterOptions().setHasText(member));
        assertThat(row.locator("td")).hasText(new String[] {member, gross, contribution, net, how, state});
    }

    private static String pounds(int pence) {
        return "£" + java.math.BigDecimal.valueOf(pence, 2).toPlainString();
    }
}
