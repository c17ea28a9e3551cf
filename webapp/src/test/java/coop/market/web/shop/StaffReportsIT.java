package coop.market.web.shop;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The staff's reports from real money: two new members' work completed, invoiced, paid by the customer and paid
 * out (each with their own contribution rate), then the reports page at phone and desktop size: their earnings
 * beside the chart, the contribution income this made, and the tax year's CSV, which agrees with their
 * statements. Other tests' members share the server, so totals are asserted as the difference this money made.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffReportsIT extends ArquillianIT {

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private final LocalDate today = LocalDate.now(LONDON);
    /** This tax year: it began on the last 6 April. */
    private final int taxYear = LocalDate.of(today.getYear(), 4, 6).isAfter(today) ? today.getYear() - 1
            : today.getYear();
    private final String label = taxYear + "-" + String.format("%02d", (taxYear + 1) % 100);

    private Trader ada;
    private Trader ben;
    private long earnedBefore;
    private long keptBefore;
    /** The contributions kept by the pay-out run that paid them (and anyone else whose money was held). */
    private long keptByTheRun;

    /** Once for the class: Ada's and Ben's work paid for and paid out, the page's totals read before and after. */
    @BeforeEach
    void twoMembersPaidAndPaidOut() {
        if (ada != null) {
            return;
        }
        FakeStripe.shared();
        finishOpenPayoutRuns();
        Page before = reports(Size.DESKTOP, "");
        earnedBefore = pence(before.locator("#earned-total"));
        keptBefore = pence(before.locator("#kept-total"));

        ada = newTrader("Ada Archer", "cleaning", 2150);
        ben = newTrader("Ben Bright", "gardening", 1550);
        paidByBank(ada, 10);
        paidByBank(ben, 20);
        String customer = signUp(Api.uniqueEmail("report-payer"), null);
        String yesterday = today.minusDays(1).toString();
        done(ada, customer, yesterday + "T09:00", 120);
        done(ben, customer, yesterday + "T13:00", 60);
        JsonObject invoice = invoiceOf(customer);
        assertEquals(5850, invoice.getJsonObject("total").getInt("minor"), invoice.toString());
        assertEquals(201, pay(invoice.getString("id"), "BANK_TRANSFER", 5850).status());
        var spent = staff().post("/members/" + ada.id() + "/expenses", """
                {"date": "%s", "category": "MATERIALS", "amount": {"minor": 1250, "currency": "GBP"},
                 "description": "Cloths"}""".formatted(today));
        assertEquals(201, spent.status(), spent.toString());
        var run = staff().post("/payout-runs", "{\"periodEnd\": \"%s\"}".formatted(today));
        assertEquals(201, run.status(), run.toString());
        String runId = run.object().getString("id");
        assertEquals(200, staff().post("/payout-runs/" + runId + "/execute", "").status());
        keptByTheRun = staff().get("/payout-runs/" + runId).object().getJsonArray("payouts")
                .getValuesAs(JsonObject.class).stream()
                .filter(payout -> Set.of("PAID", "IN_BANK_FILE").contains(payout.getString("status")))
                .mapToLong(payout -> payout.getJsonObject("contribution").getInt("minor")).sum();
    }

    @Test
    void theTaxYearShowsEachMembersEarningsBesideTheChartAndTheContributionsKept() {
        Page page = PAGES.signedIn(base, "staff@demo.coop", Size.DESKTOP);
        page.navigate(base + "staff/index.xhtml");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Reports").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Reports");
        assertEquals("tax-year-" + taxYear, page.getByLabel("Period").inputValue(), "this tax year unless chosen");

        assertEarned(page, ada, "Ada Archer", "£43.00");
        assertEarned(page, ben, "Ben Bright", "£15.50");
        assertEquals(earnedBefore + 5850, pence(page.locator("#earned-total")), "what the customer paid for them");
        assertEquals(pence(page.locator("#earned-total")), pence(page.locator("#earnings-table tfoot td").first()));
        assertTrue(keptByTheRun >= 430 + 310, "Ada's tenth and Ben's fifth, and anyone else's paid with them");
        assertEquals(keptBefore + keptByTheRun, pence(page.locator("#kept-total")));
        Locator thisMonth = page.locator("#contributions-table tbody tr").filter(new Locator.FilterOptions()
                .setHasText(thisMonthName()));
        assertTrue(pence(thisMonth.locator("td")) >= keptByTheRun, "kept when paid out: this month");
        assertEquals(13, page.locator("#contributions-table tbody tr").count(), "6-30 April to 1-5 April");
        assertThat(page.locator("#tax-year-csv")).hasAttribute("href",
                base.getPath() + "api/v1/reports/tax-year?taxYear=" + taxYear);
        assertThat(page.locator("#exports")).containsText(label);
        Browser.checkAndShoot(page, "staff-reports", Size.DESKTOP);

        Page phone = reports(Size.PHONE, "");
        assertEarned(phone, ada, "Ada Archer", "£43.00");
        Browser.checkAndShoot(phone, "staff-reports", Size.PHONE);
    }

    @Test
    void staffChooseThisMonthAndTheAddressKeepsTheChoice() {
        Page page = reports(Size.DESKTOP, "");
        String month = "month-" + YearMonth.from(today);
        page.getByLabel("Period").selectOption(month);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
        page.waitForURL("**period=" + month);
        assertEquals(month, page.getByLabel("Period").inputValue());
        assertThat(page.locator("#earnings")).containsText("in " + thisMonthName() + " " + today.getYear() + " (1 ");
        assertEarned(page, ben, "Ben Bright", "£15.50");
        assertEquals(1, page.locator("#contributions-table tbody tr").count());
        assertTrue(pence(page.locator("#kept-total")) >= keptByTheRun);
    }

    @Test
    void aPeriodThatIsNoneIsSaidBesideTheChoiceAndThisTaxYearIsShown() {
        Page page = reports(Size.DESKTOP, "?period=next-week");
        assertThat(page.locator(".error-summary a[href='#period']")).hasText("Choose a tax year or a month");
        assertThat(page.locator("#period-error")).containsText("Choose a tax year or a month");
        assertThat(page.locator(".error-summary")).containsText("This is the " + label + " tax year instead.");
        assertEarned(page, ada, "Ada Archer", "£43.00");
        Browser.checkAndShoot(page, "staff-reports-error", Size.DESKTOP);

        Page notYet = reports(Size.DESKTOP, "?period=tax-year-" + (taxYear + 1));
        assertThat(notYet.locator("#period-error")).containsText("Choose a period that has begun");
    }

    @Test
    void theTaxYearCsvIsARowPerMemberAgreeingWithTheirStatements() {
        var csv = staff().getDocument("/reports/tax-year?taxYear=" + taxYear, "text/csv");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertEquals("attachment; filename=\"Members tax year " + label + ".csv\"", csv.header("Content-Disposition"));
        List<String> rows = csv.body().lines().toList();
        assertEquals("member,member id,tax year,income,contributions,expenses,paid out gross,paid out net,"
                + "actual expenses,trading allowance,lower profit with,lower profit", rows.get(0));
        assertTrue(rows.contains("Ada Archer," + ada.id() + "," + label
                + ",43.00,4.30,12.50,43.00,38.70,16.80,1000.00,trading allowance,0.00"), csv.body());
        assertTrue(rows.contains("Ben Bright," + ben.id() + "," + label
                + ",15.50,3.10,0.00,15.50,12.40,3.10,1000.00,trading allowance,0.00"), csv.body());
        assertEquals(rows.size() - 1, rows.stream().skip(1).map(row -> row.split(",")[1]).distinct().count(),
                "one row per member");
        assertEquals(csv.body(), staff().getDocument("/reports/tax-year?taxYear=" + label, "text/csv").body());

        JsonObject statement = staff().get("/members/" + ada.id() + "/statements?taxYear=" + taxYear).object();
        assertEquals(List.of(4300, 430, 1250, 3870), List.of(minor(statement, "income"),
                minor(statement, "contributions"), minor(statement.getJsonObject("expenses"), "total"),
                minor(statement.getJsonObject("payoutTotals"), "net")), "the statement says the same");

        for (String bad : List.of("letters", String.valueOf(taxYear + 1))) {
            var refused = staff().getDocument("/reports/tax-year?taxYear=" + bad, "text/csv");
            assertEquals(422, refused.status(), bad + ": " + refused);
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        }
    }

    /** Ada's or Ben's row of the earnings table: the figure, a bar, and links to their statement. */
    private void assertEarned(Page page, Trader trader, String name, String earned) {
        Locator row = page.locator("#earnings-table tbody tr").filter(new Locator.FilterOptions().setHasText(name));
        assertThat(row).hasCount(1);
        assertThat(row.locator("td").first()).hasText(earned);
        assertThat(row.locator(".income-bar")).hasAttribute("aria-hidden", "true");
        assertThat(row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(name + "'s " + label + " statement, PDF"))).hasAttribute("href",
                base.getPath() + "api/v1/members/" + trader.id() + "/statements/pdf?taxYear=" + taxYear);
    }

    private Page reports(Size size, String query) {
        Page page = PAGES.signedIn(base, "staff@demo.coop", size);
        page.navigate(base + "staff/reports.xhtml" + query);
        return page;
    }

    private void paidByBank(Trader trader, int contributionPercent) {
        var method = staff().put("/members/" + trader.id() + "/payout-method", """
                {"method": "BANK_TRANSFER", "accountName": "Report Test", "sortCode": "12-34-56",
                 "accountNumber": "12345678", "frequency": "WEEKLY"}""");
        assertEquals(200, method.status(), method.toString());
        var override = staff().post("/members/" + trader.id() + "/contribution-overrides", """
                {"from": "2020-01-01", "ratePercent": %d, "reason": "A flat rate for the reports test"}"""
                .formatted(contributionPercent));
        assertEquals(201, override.status(), override.toString());
    }

    private String thisMonthName() {
        return today.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK);
    }

    /** "£1,234.56" as pence. */
    private static long pence(Locator figure) {
        return new BigDecimal(figure.innerText().strip().replace("£", "").replace(",", "")).movePointRight(2)
                .longValueExact();
    }

    private static int minor(JsonObject object, String money) {
        return object.getJsonObject(money).getInt("minor");
    }
}
