package coop.market.infrastructure.pdf;

import static coop.market.domain.statement.StatementFixtures.ALLOWANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.earnings.LimitKind;
import coop.market.domain.earnings.PeriodActivity;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.shared.Money;
import coop.market.domain.statement.StatementFixtures;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfStatementPrinterTest {

    private final PdfStatementPrinter printer = new PdfStatementPrinter();

    @Test
    void aStatementShowsEveryFigureUnderPlainHeadingsWithItsTotals() throws IOException {
        String text = text(printer.pdf(StatementFixtures.daniel()));

        assertContains(text, "Tax year statement 2026-27", "Daniel Hughes", "From Bristol Makers Co-op.",
                "Tax year: 6 April 2026 to 5 April 2027.", "Made on 1 May 2027.", "cash basis",
                "Income and contributions by month", "6 to 30 April 2026", "May 2026", "March 2027",
                "1 to 5 April 2027", "£1,500.00", "£900.00", "£75.00", "£45.00", "Total £2,400.00 £120.00",
                "Expenses by category", "Materials £150.00", "Travel £50.00", "Equipment £0.00", "Total £200.00",
                "Pay-outs", "31 May 2026 COOP PAY 1 bank transfer £1,500.00 £75.00 £1,425.00",
                "30 Sept 2026 COOP PAY 2 Stripe £900.00 £45.00 £855.00", "Total £2,400.00 £120.00 £2,280.00",
                "Trading allowance or actual expenses", "Actual expenses (recorded expenses and contributions) £320.00",
                "Profit with actual expenses £2,080.00", "Trading allowance £1,000.00",
                "Profit with the trading allowance £1,400.00",
                "The £1,000.00 trading allowance gives the lower profit: £1,400.00, against £2,080.00 with actual"
                        + " expenses of £320.00.",
                "You can claim the trading allowance or your actual expenses, not both.",
                "Benefit periods", "4 May 2026 to 10 May 2026 £195.50 £150.00 £10.00 7 hours",
                "Statement 2026-27 Daniel Hughes", "Page 1 of");
        assertFalse(text.contains("not over yet"), "made after the year ended");
    }

    @Test
    void aYearInProgressWithNoPayOutsNoLimitAndIncomeWithinTheAllowanceSaysSo() throws IOException {
        String text = text(printer.pdf(StatementFixtures.statement(LocalDate.of(2026, 12, 3),
                List.of(StatementFixtures.received("2026-06-01T09:00:00Z", 64000)), List.of(), List.of(), ALLOWANCE,
                List.of())));

        assertContains(text, "Made on 3 December 2026. The tax year is not over yet: these are the figures so far.",
                "No pay-outs were made in this tax year.",
                "Income of £640.00 is within the £1,000.00 trading allowance, so it may not need to go on a tax"
                        + " return.");
        assertFalse(text.contains("Benefit periods"), "no limit, no benefit periods");
    }

    @Test
    void aYearOfWeeklyPeriodsRunsOnToMorePagesEachWithItsTableHeader() throws IOException {
        List<PeriodEarnings> weeks = new ArrayList<>();
        for (LocalDate monday = LocalDate.of(2026, 4, 6); monday.getYear() < 2028 && monday.isBefore(
                LocalDate.of(2027, 4, 6)); monday = monday.plusWeeks(1)) {
            weeks.add(StatementFixtures.period(monday.toString(), monday.plusDays(6).toString(),
                    LimitKind.ESA_PERMITTED_WORK, 19550, PeriodActivity.none(Money.GBP)));
        }
        byte[] pdf = printer.pdf(StatementFixtures.statement(LocalDate.of(2027, 5, 1), List.of(), List.of(),
                List.of(), ALLOWANCE, weeks));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 2, "pages: " + pages);
            String last = pageText(document, pages);
            assertContains(last, "Period Limit Earnings Expenses Hours", "29 Mar 2027 to 4 Apr 2027",
                    "Page " + pages + " of " + pages);
        }
    }

    @Test
    void theDocumentHasATitleAnAuthorAndALanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(printer.pdf(StatementFixtures.daniel()))) {
            assertEquals("Tax year statement 2026-27: Daniel Hughes", document.getDocumentInformation().getTitle());
            assertEquals("Bristol Makers Co-op", document.getDocumentInformation().getAuthor());
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
        }
    }

    private static void assertContains(String text, String... expected) {
        for (String piece : expected) {
            assertTrue(text.contains(piece), () -> "missing \"" + piece + "\" in:\n" + text);
        }
    }

    /** The text with every run of white space (line breaks of wrapped text, cell gaps) as one space. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String pageText(PDDocument document, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }
}
