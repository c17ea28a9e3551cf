package coop.market.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.web.support.Api;
import coop.market.web.support.ArquillianIT;
import coop.market.web.support.Browser.Size;
import coop.market.web.support.BrowserPages;
import coop.market.web.support.Invitations;
import coop.market.web.support.Trader;
import coop.market.web.support.stripe.FakeStripe;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Members' tax-year statements from real money: work recorded and completed, invoiced, paid by the customer,
 * an expense, a pay-out run executed; then the figures as JSON, PDF and CSV, for the member and for staff, and
 * nobody else's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementsIT extends ArquillianIT {

    private static final String MEMBERS_PASSWORD = "statement pass phrase";

    @RegisterExtension
    static final BrowserPages PAGES = new BrowserPages();

    private final LocalDate today = LocalDate.now(LONDON);
    /** This tax year: it began on the last 6 April. */
    private final LocalDate yearStart = LocalDate.of(today.getYear(), 4, 6).isAfter(today)
            ? LocalDate.of(today.getYear() - 1, 4, 6) : LocalDate.of(today.getYear(), 4, 6);
    private final int taxYear = yearStart.getYear();
    private final String label = taxYear + "-" + String.format("%02d", (taxYear + 1) % 100);

    private Trader eve;
    private Trader finn;

    /** Once for the class: Eve's year of work, paid for and paid out, and Finn's, paid for and held. */
    @BeforeEach
    void twoMembersWithMoneyReceived() {
        if (eve != null) {
            return;
        }
        FakeStripe.shared();
        finishOpenPayoutRuns();
        eve = memberWithPassword("Eve Evans");
        finn = memberWithPassword("Finn Fox");
        setUp("/members/" + eve.id() + "/payout-method", """
                {"method": "BANK_TRANSFER", "accountName": "Eve Evans", "sortCode": "12-34-56",
                 "accountNumber": "12345678", "frequency": "WEEKLY"}""");
        assertEquals(201, staff().post("/members/" + eve.id() + "/contribution-overrides", """
                {"from": "2020-01-01", "ratePercent": 10, "reason": "A flat tenth for the statement test"}""")
                .status());
        setUp("/members/" + eve.id() + "/earnings-limit", """
                {"kind": "UC_ASSESSMENT", "amount": {"minor": 50000, "currency": "GBP"}, "periodStart": "%s",
                 "effectiveFrom": "%s"}""".formatted(yearStart, yearStart));
        String customer = signUp(Api.uniqueEmail("statement-payer"), null);
        String yesterday = today.minusDays(1).toString();
        done(eve, customer, yesterday + "T09:00", 120);
        done(eve, customer, yesterday + "T13:00", 60);
        done(finn, customer, yesterday + "T15:00", 60);
        JsonObject invoice = invoiceOf(customer);
        assertEquals(7200, invoice.getJsonObject("total").getInt("minor"), invoice.toString());
        assertEquals(201, pay(invoice.getString("id"), "BANK_TRANSFER", 7200).status());
        expense(eve, "MATERIALS", 1250, "Cloths and polish");
        expense(eve, "TRAVEL", 480, "Bus fares");
        var run = staff().post("/payout-runs", "{\"periodEnd\": \"%s\"}".formatted(today));
        assertEquals(201, run.status(), run.toString());
        assertEquals(200, staff().post("/payout-runs/" + run.object().getString("id") + "/execute", "").status());
    }

    @Test
    void theMembersYearIsWhatCustomersPaidWhatTheySpentWhatTheCoopKeptAndWhatTheyWerePaid() {
        var mine = member(eve).get("/me/statements");
        assertEquals(200, mine.status(), mine.toString());
        JsonObject statement = mine.object();

        assertEquals(eve.id(), statement.getString("memberId"));
        assertEquals("Eve Evans", statement.getString("memberName"));
        assertEquals(taxYear, statement.getInt("taxYear"));
        assertEquals(label, statement.getString("label"));
        assertEquals(yearStart.toString(), statement.getString("from"));
        assertEquals(yearStart.plusYears(1).minusDays(1).toString(), statement.getString("to"));
        assertEquals(today.toString(), statement.getString("madeOn"));
        List<JsonObject> months = statement.getJsonArray("months").getValuesAs(JsonObject.class);
        assertEquals(13, months.size());
        assertEquals(yearStart.toString(), months.get(0).getString("from"));
        for (JsonObject month : months) {
            boolean thisMonth = contains(month, "from", "to", today);
            assertEquals(thisMonth ? 5400 : 0, minor(month, "income"), month.toString());
            assertEquals(thisMonth ? 540 : 0, minor(month, "contributions"), month.toString());
        }
        assertEquals(5400, minor(statement, "income"));
        assertEquals(540, minor(statement, "contributions"));
        JsonObject expenses = statement.getJsonObject("expenses");
        assertEquals(List.of("MATERIALS 1250", "TRAVEL 480", "EQUIPMENT 0", "OTHER 0"),
                expenses.getJsonArray("byCategory").getValuesAs(JsonObject.class).stream()
                        .map(c -> c.getString("category") + " " + minor(c, "amount")).toList());
        assertEquals(1730, minor(expenses, "total"));
        List<JsonObject> payouts = statement.getJsonArray("payouts").getValuesAs(JsonObject.class);
        assertEquals(1, payouts.size(), payouts.toString());
        JsonObject payout = payouts.get(0);
        assertEquals(today.toString(), payout.getString("paidOn"));
        assertEquals("BANK_TRANSFER", payout.getString("method"));
        assertEquals(List.of(5400, 540, 4860), List.of(minor(payout, "gross"), minor(payout, "contribution"),
                minor(payout, "net")));
        assertEquals("GBP", payout.getJsonObject("net").getString("currency"));
        assertEquals(4860, minor(statement.getJsonObject("payoutTotals"), "net"));

        JsonObject allowance = statement.getJsonObject("tradingAllowance");
        assertEquals(100000, minor(allowance, "allowance"));
        assertEquals(5400, minor(allowance, "income"));
        assertEquals(2270, minor(allowance, "actualExpenses"), "expenses and the co-op's contribution");
        assertEquals(3130, minor(allowance, "profitWithActualExpenses"));
        assertEquals(0, minor(allowance, "profitWithAllowance"));
        assertEquals("TRADING_ALLOWANCE", allowance.getString("lower"));
        assertTrue(allowance.getBoolean("withinAllowance"));
        assertEquals("Income of £54.00 is within the £1,000.00 trading allowance, so it may not need to go on a tax"
                + " return.", allowance.getString("summary"));

        List<JsonObject> periods = statement.getJsonArray("benefitPeriods").getValuesAs(JsonObject.class);
        assertEquals(12, periods.size(), "assessment months from 6 April, the limit's own day");
        assertEquals(yearStart.toString(), periods.get(0).getString("start"));
        for (JsonObject period : periods) {
            assertEquals("UC_ASSESSMENT", period.getString("kind"));
            assertEquals(50000, minor(period, "limit"));
            boolean worked = contains(period, "start", "end", today.minusDays(1));
            assertEquals(worked ? 5400 : 0, minor(period, "earnings"), period.toString());
            assertEquals(worked ? 180 : 0, period.getInt("minutes"), period.toString());
            assertEquals(contains(period, "start", "end", today) ? 1730 : 0, minor(period, "expenses"));
        }

        var forStaff = staff().get("/members/" + eve.id() + "/statements?taxYear=" + label);
        assertEquals(200, forStaff.status(), forStaff.toString());
        assertEquals(statement, forStaff.object(), "staff see what the member sees");
        assertEquals(statement, staff().get("/members/" + eve.id() + "/statements?taxYear=" + taxYear).object());
    }

    @Test
    void thePdfAndTheCsvCarryTheSameFigures() throws IOException {
        HttpResponse<byte[]> pdf = staff().getBytes("/members/" + eve.id() + "/statements/pdf?taxYear=" + taxYear,
                "application/pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("inline; filename=\"Statement " + label + " Eve Evans.pdf\"",
                pdf.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            for (String figure : List.of("Tax year statement " + label, "Eve Evans", "£54.00", "£5.40", "£48.60",
                    "£17.30", "£22.70", "Materials £12.50")) {
                assertTrue(text.contains(figure), () -> "missing " + figure + " in " + text);
            }
        }
        HttpResponse<byte[]> asked = member(eve).getBytes("/me/statements", "application/pdf");
        assertEquals(200, asked.statusCode(), "the statement's own address gives a PDF to whoever asks for one");
        assertEquals("application/pdf", asked.headers().firstValue("Content-Type").orElse(""));

        var csv = member(eve).getDocument("/me/statements/csv", "text/csv");
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        assertEquals("attachment; filename=\"Statement " + label + " Eve Evans.csv\"", csv.header("Content-Disposition"));
        List<String> rows = csv.body().lines().toList();
        String year = yearStart + "," + yearStart.plusYears(1).minusDays(1);
        assertEquals("section,from,to,item,amount", rows.get(0));
        for (String row : List.of("income," + year + ",Total,54.00", "contributions," + year + ",Total,5.40",
                "expenses," + year + ",Materials,12.50", "expenses," + year + ",Total,17.30",
                "payouts," + year + ",Total net,48.60", "trading-allowance," + year + ",Actual expenses,22.70",
                "trading-allowance," + year + ",Lower profit: trading allowance,0.00")) {
            assertTrue(rows.contains(row), () -> "missing " + row + " in\n" + csv.body());
        }
        assertEquals(1, rows.stream().filter(r -> r.startsWith("payouts," + today + "," + today + ",Pay-out ")
                && r.endsWith(" by bank transfer: net,48.60")).count(), csv.body());
        assertEquals(csv.body(), member(eve).getDocument("/me/statements", "text/csv").body(), "asked by Accept");
        assertEquals(csv.body(), staff().getDocument("/members/" + eve.id() + "/statements/csv", "text/csv").body());
        assertTrue(member(eve).getDocument("/me/statements", "*/*").contentType().startsWith("application/json"),
                "JSON when any type will do");
        assertEquals(406, member(eve).getDocument("/me/statements", "text/html").status());
    }

    @Test
    void eachMemberSeesOnlyTheirOwnAndOthersNone() {
        JsonObject finns = member(finn).get("/me/statements?taxYear=" + taxYear).object();
        assertEquals(finn.id(), finns.getString("memberId"));
        assertEquals(1800, minor(finns, "income"));
        assertEquals(0, finns.getJsonArray("payouts").size(), "Finn has no way to be paid yet: held");
        assertEquals(0, finns.getJsonArray("benefitPeriods").size(), "no limit, no benefit periods");
        assertEquals(403, member(finn).get("/members/" + eve.id() + "/statements").status());
        assertEquals(403, member(finn).getPdf("/members/" + eve.id() + "/statements/pdf").status());

        assertEquals(403, anonymous().asCustomer().get("/me/statements").status());
        assertEquals(403, anonymous().asCustomer().get("/members/" + eve.id() + "/statements").status());
        assertEquals(403, staff().get("/me/statements").status(), "staff are not members");
        assertEquals(401, anonymous().get("/me/statements").status());
        assertEquals(401, anonymous().getPdf("/members/" + eve.id() + "/statements/pdf").status());
        assertEquals(404, staff().get("/members/nobody/statements").status());
        assertEquals(404, staff().getPdf("/members/nobody/statements/pdf").status());
    }

    @Test
    void aTaxYearThatIsNotOneOrHasNotBegunIsRefusedNamingTheField() {
        for (String bad : List.of("letters", "1800", "3000", String.valueOf(taxYear + 1), taxYear + "-99")) {
            var refused = staff().get("/members/" + eve.id() + "/statements?taxYear=" + bad);
            assertEquals(422, refused.status(), bad + ": " + refused);
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
            assertEquals(Set.of("taxYear"), MembersIT.fields(refused.object()), refused.toString());
        }
        assertEquals(422, member(eve).getPdf("/me/statements/pdf?taxYear=soon").status());
        assertEquals(422, member(eve).getDocument("/me/statements/csv?taxYear=soon", "text/csv").status());
        assertEquals(200, member(eve).get("/me/statements?taxYear=" + (taxYear - 1)).status(), "last year: empty");
    }

    /** A new member who has chosen their password with the link in their welcome e-mail. */
    private Trader memberWithPassword(String name) {
        Trader trader = newTrader(name, "cleaning");
        Invitations.choosePassword(PAGES.open(Size.DESKTOP), Invitations.memberWelcome(trader.email()),
                MEMBERS_PASSWORD);
        return trader;
    }

    private Api member(Trader trader) {
        return anonymous().as(trader.email(), MEMBERS_PASSWORD);
    }

    private void setUp(String path, String json) {
        var set = staff().put(path, json);
        assertEquals(200, set.status(), set.toString());
    }

    private void expense(Trader trader, String category, int pence, String description) {
        var spent = staff().post("/members/" + trader.id() + "/expenses", """
                {"date": "%s", "category": "%s", "amount": {"minor": %d, "currency": "GBP"}, "description": "%s"}"""
                .formatted(today, category, pence, description));
        assertEquals(201, spent.status(), spent.toString());
    }

    private static boolean contains(JsonObject range, String from, String to, LocalDate day) {
        return !day.isBefore(LocalDate.parse(range.getString(from))) && !day.isAfter(LocalDate.parse(range.getString(to)));
    }

    private static int minor(JsonObject object, String money) {
        return object.getJsonObject(money).getInt("minor");
    }
}
