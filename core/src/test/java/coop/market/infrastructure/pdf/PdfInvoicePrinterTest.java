package coop.market.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static coop.market.infrastructure.pdf.PdfText.assertContains;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.invoicing.DocumentKind;
import coop.market.domain.invoicing.DocumentLine;
import coop.market.domain.invoicing.InvoiceDocument;
import coop.market.domain.invoicing.Party;
import coop.market.domain.shared.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfInvoicePrinterTest {

    private static final LocalDate ISSUED = LocalDate.of(2027, 1, 31);
    private static final LocalDate DUE = LocalDate.of(2027, 2, 14);
    private static final BigDecimal TWENTY = new BigDecimal("20");

    private static final Party SUPPLIER = new Party("Bristol Makers Co-op",
            List.of("12 Mill Lane", "Bristol", "BS1 4DJ"), "hello@bristolmakers.coop", "0117 496 0000");
    private static final Party CUSTOMER = new Party("Jane Doe",
            List.of("3 Park Row", "Bath", "BA1 1AA"), "jane@example.org", null);

    private final PdfInvoicePrinter printer = new PdfInvoicePrinter();

    @Test
    void anInvoiceWithoutVatShowsWhoWhatWhenAndHowMuch() throws IOException {
        String text = text(printer.pdf(invoice(null, List.of(
                line("Garden tidy", "Asha", LocalDate.of(2027, 1, 12), "1.50", 3000, 4500, null, 0),
                line("Hedge trimming", "Tom", LocalDate.of(2027, 1, 19), "2.00", 900, 1800, null, 0)),
                Money.gbp(6300), Money.gbp(0), Money.gbp(6300))));

        assertContains(text, "Invoice BME-2027-00042", "Bristol Makers Co-op", "12 Mill Lane", "BS1 4DJ",
                "hello@bristolmakers.coop", "0117 496 0000", "Community interest company 12345678",
                "To", "Jane Doe", "3 Park Row", "BA1 1AA", "jane@example.org",
                "Date: 31 January 2027", "Payment due: 14 February 2027",
                "Description", "Supply date", "Quantity", "Unit price", "Amount",
                "Garden tidy", "Supplied on behalf of Asha", "12 Jan 2027", "1.5", "£30.00", "£45.00",
                "Hedge trimming", "Supplied on behalf of Tom", "19 Jan 2027", "£9.00", "£18.00",
                "Total", "£63.00", "Amount due", "Pay by bank transfer to sort code 12-34-56.",
                "Thank you for supporting our members.");
        assertFalse(text.contains("2.00"), "quantities lose their trailing zeros");
        assertFalse(text.contains("VAT"), "no VAT on the invoice of a co-op that is not registered");
    }

    @Test
    void aVatRegisteredInvoiceShowsTheVatNumberRatesAndVat() throws IOException {
        String text = text(printer.pdf(invoice("GB123456789", List.of(
                line("Garden tidy", "Asha", LocalDate.of(2027, 1, 12), "1.50", 3000, 4500, TWENTY, 900),
                line("Hedge trimming", "Tom", LocalDate.of(2027, 1, 19), "2", 90000, 180000, TWENTY, 36000)),
                Money.gbp(184500), Money.gbp(36900), Money.gbp(221400))));

        assertContains(text, "VAT number: GB123456789", "VAT rate", "20%", "£9.00", "£360.00", "£1,800.00",
                "Total before VAT", "£1,845.00", "£369.00", "£2,214.00");
    }

    @Test
    void aCreditNoteIsHeadedSoAndNamesTheInvoiceItCredits() throws IOException {
        InvoiceDocument creditNote = new InvoiceDocument(DocumentKind.CREDIT_NOTE, "BME-CN-2027-00003", ISSUED,
                null, SUPPLIER, List.of(), null, CUSTOMER, "Against invoice BME-2027-00042 of 31 January 2027",
                List.of(line("Garden tidy", "Asha", ISSUED, "1", -4500, -4500, null, 0)),
                Money.gbp(-4500), Money.gbp(0), Money.gbp(-4500), null,
                List.of("Credited because the work was cancelled."));

        String text = text(printer.pdf(creditNote));

        assertContains(text, "Credit note BME-CN-2027-00003", "Against invoice BME-2027-00042 of 31 January 2027",
                "-£45.00", "Credited because the work was cancelled.");
        assertFalse(text.contains("Payment due"), text);
        assertFalse(text.contains("Amount due"), text);
    }

    @Test
    void manyLinesRunOnToFurtherPagesEachWithTheTableHeaderAndAFooter() throws IOException {
        List<DocumentLine> lines = new ArrayList<>();
        for (int number = 1; number <= 120; number++) {
            lines.add(line("Visit number " + number, "Asha", ISSUED, "1", 1000, 1000, null, 0));
        }
        byte[] pdf = printer.pdf(invoice(null, lines, Money.gbp(120000), Money.gbp(0), Money.gbp(120000)));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages > 1, "pages: " + pages);
            for (int number = 1; number <= pages; number++) {
                assertContains(pageText(document, number), "Page " + number + " of " + pages, "BME-2027-00042",
                        "Description", "Amount");
            }
            assertContains(pageText(document, pages), "Visit number 120", "£1,200.00");
        }
    }

    @Test
    void charactersTheStandardFontsCannotShowBecomeQuestionMarks() throws IOException {
        String text = text(printer.pdf(oneLineInvoice("Garden \uD83C\uDF31 tidy \u2014 \u65E5\u672C")));

        assertContains(text, "Garden ? tidy \u2014 ??", "Supplied on behalf of Asha", "£45.00", "Jane Doe");
    }

    @Test
    void aLongDescriptionWrapsWithinItsColumn() throws IOException {
        String description = "Clearing the overgrown back garden, cutting back the brambles along the fence, "
                + "and taking three bags of green waste to the tip";
        String text = text(printer.pdf(oneLineInvoice(description)));

        assertFalse(text.contains(description), "wrapped over more than one line");
        assertContains(text, description.split(" "));
    }

    @Test
    void theDocumentHasATitleAnAuthorAndALanguage() throws IOException {
        byte[] pdf = printer.pdf(oneLineInvoice("Garden tidy"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals("Invoice BME-2027-00042", document.getDocumentInformation().getTitle());
            assertEquals("Bristol Makers Co-op", document.getDocumentInformation().getAuthor());
            assertEquals("en-GB", document.getDocumentCatalog().getLanguage());
            assertEquals(595, Math.round(document.getPage(0).getMediaBox().getWidth()), "A4");
        }
    }

    private static InvoiceDocument invoice(String vatNumber, List<DocumentLine> lines, Money net, Money vat,
            Money total) {
        return new InvoiceDocument(DocumentKind.INVOICE, "BME-2027-00042", ISSUED, DUE, SUPPLIER,
                List.of("Community interest company 12345678"), vatNumber, CUSTOMER, null, lines, net, vat, total,
                total, List.of("Pay by bank transfer to sort code 12-34-56.", "Thank you for supporting our members."));
    }

    private static InvoiceDocument oneLineInvoice(String description) {
        return invoice(null, List.of(line(description, "Asha", ISSUED, "1", 4500, 4500, null, 0)),
                Money.gbp(4500), Money.gbp(0), Money.gbp(4500));
    }

    private static DocumentLine line(String description, String suppliedBy, LocalDate supplied, String quantity,
            long unitPence, long totalPence, BigDecimal vatRate, long vatPence) {
        return new DocumentLine(description, suppliedBy, supplied, new BigDecimal(quantity), Money.gbp(unitPence),
                Money.gbp(totalPence), vatRate, Money.gbp(vatPence));
    }

    private static String text(byte[] pdf) throws IOException {
        return PdfText.of(pdf);
    }

    private static String pageText(PDDocument document, int number) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        return stripper.getText(document);
    }
}
