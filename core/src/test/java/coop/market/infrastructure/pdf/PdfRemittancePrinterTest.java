package coop.market.infrastructure.pdf;

import static coop.market.infrastructure.pdf.PdfText.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import coop.market.domain.invoicing.Party;
import coop.market.domain.payout.Receipt;
import coop.market.domain.payout.RemittanceAdvice;
import coop.market.domain.shared.Money;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfRemittancePrinterTest {

    private static final Party COOP = new Party("Bristol Makers Co-op", List.of("12 Mill Lane", "Bristol", "BS1 4DJ"),
            "hello@bristolmakers.coop", "0117 496 0000");

    private final PdfRemittancePrinter printer = new PdfRemittancePrinter();

    @Test
    void showsWhoWasPaidWhenHowForWhichPeriodAndWhatTheMoneyWasFor() throws IOException {
        String text = PdfText.of(printer.pdf(advice(LocalDate.of(2027, 3, 1), 5600, 400, List.of(
                new Receipt(LocalDate.of(2027, 3, 4), "BME-2027-00041", "Jane Doe", Money.gbp(3600), false),
                new Receipt(LocalDate.of(2027, 3, 18), "BME-2027-00057", "Orpington Youth Club", Money.gbp(2500),
                        false),
                new Receipt(LocalDate.of(2027, 3, 20), "BME-2027-00041", "Jane Doe", Money.gbp(-500), true)))));

        assertContains(text, "Remittance advice", "Bristol Makers Co-op", "12 Mill Lane", "BS1 4DJ",
                "hello@bristolmakers.coop", "0117 496 0000", "Community interest company 12345678",
                "To", "Asha Patel", "Reference: BME PAY 20270331", "Paid on: 1 April 2027",
                "Period: 1 March 2027 to 31 March 2027", "Paid to: Bank account ****5678, sort code **-**-56",
                "What the money was for", "Date", "Invoice", "Customer", "Amount",
                "4 Mar 2027", "BME-2027-00041", "Jane Doe", "£36.00",
                "18 Mar 2027", "BME-2027-00057", "Orpington Youth Club", "£25.00",
                "20 Mar 2027", "Refunded to the customer", "-£5.00",
                "Your share of money received", "£56.00", "The co-op's contribution", "-£4.00",
                "Paid to you", "£52.00", "It can take up to 3 days to arrive.");
        assertFalse(text.contains("Held for you"), "the payments listed make up the whole share");
    }

    @Test
    void moneyHeldFromBeforeThePeriodIsShownSoTheFiguresAddUp() throws IOException {
        String text = PdfText.of(printer.pdf(advice(null, 5000, 0, List.of(
                new Receipt(LocalDate.of(2027, 3, 4), "BME-2027-00041", "Jane Doe", Money.gbp(3600), false)))));

        assertContains(text, "Period: up to 31 March 2027", "Received for your work in this period", "£36.00",
                "Held for you from before", "£14.00", "Your share of money received", "£50.00", "The co-op's contribution", "£0.00",
                "Paid to you");
    }

    @Test
    void theDocumentHasATitleAnAuthorAndALanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(printer.pdf(advice(null, 1000, 0, List.of())))) {
            assertEquals("Remittance advice BME PAY 20270331", document.getDocumentInformation().getTitle());
            assertEquals("Bristol Makers Co-op", document.getDocumentInformation().getAuthor());
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
        }
    }

    private static RemittanceAdvice advice(LocalDate from, long gross, long contribution, List<Receipt> receipts) {
        return new RemittanceAdvice(COOP, List.of("Community interest company 12345678"), "Asha Patel",
                "BME PAY 20270331", LocalDate.of(2027, 4, 1), from, LocalDate.of(2027, 3, 31),
                "Bank account ****5678, sort code **-**-56", Money.gbp(gross), Money.gbp(contribution),
                Money.gbp(gross - contribution), receipts, List.of("It can take up to 3 days to arrive."));
    }
}
