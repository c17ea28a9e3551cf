package coop.market.infrastructure.pdf;

import coop.market.application.PlainWords;
import coop.market.domain.invoicing.DocumentLine;
import coop.market.domain.invoicing.InvoiceDocument;
import coop.market.infrastructure.pdf.Totals.Total;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The order of an invoice or credit note on the page, top to bottom, in one column so it reads the same
 * to the eye and to a screen reader: heading, who it is from, who it is to, dates, the lines, the totals,
 * then the notes.
 */
final class InvoiceLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final float BLOCK_GAP = 14;

    private final InvoiceDocument document;
    private final PageWriter page;
    private final Styles styles;

    InvoiceLayout(InvoiceDocument document, PageWriter page, Styles styles) {
        this.document = document;
        this.page = page;
        this.styles = styles;
    }

    /** "Invoice BME-2027-00042" or "Credit note BME-CN-2027-00003": the heading, and the PDF's title. */
    static String title(InvoiceDocument document) {
        String kind = switch (document.kind()) {
            case INVOICE -> "Invoice";
            case CREDIT_NOTE -> "Credit note";
        };
        return kind + " " + document.number();
    }

    void print() throws IOException {
        page.paragraph(styles.title(), title(document));
        page.moveDown(BLOCK_GAP);
        supplier();
        customer();
        dates();
        LineTable.of(lineColumns(document.vatRegistered()), page, styles).print(document.lines());
        totals();
        notes();
    }

    /** The columns for a co-op with or without VAT; widths fit "30 May 2027" and "£99,999.99" at 10pt. */
    private static List<LineTable.Column<DocumentLine>> lineColumns(boolean vatRegistered) {
        List<LineTable.Column<DocumentLine>> columns = new ArrayList<>();
        columns.add(LineTable.Column.wide("Description",
                line -> line.suppliedBy() == null ? line.description()
                        : line.description() + "\nSupplied on behalf of " + line.suppliedBy()));
        columns.add(LineTable.Column.text("Supply date", 68, line -> PlainWords.shortDate(line.supplyDate())));
        columns.add(LineTable.Column.amount("Quantity", 50, line -> plain(line.quantity())));
        columns.add(LineTable.Column.amount("Unit price", 62, line -> PlainWords.money(line.unitPrice())));
        if (vatRegistered) {
            columns.add(LineTable.Column.amount("VAT rate", 50, line -> percent(line.vatRatePercent())));
            columns.add(LineTable.Column.amount("VAT", 58, line -> PlainWords.money(line.vat())));
        }
        columns.add(LineTable.Column.amount("Amount", 64, line -> PlainWords.money(line.total())));
        return columns;
    }

    /** 1.50 as "1.5" and 2.00 as "2": what was supplied, not how the database stores it. */
    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** Blank when a line has no rate, rather than a made-up "0%". */
    private static String percent(BigDecimal rate) {
        return rate == null ? "" : plain(rate) + "%";
    }

    private void supplier() throws IOException {
        List<String> further = new ArrayList<>(document.supplierNotes());
        if (document.vatRegistered()) {
            further.add("VAT number: " + document.vatNumber());
        }
        PartyBlock.print(page, styles.heading(), styles.body(), document.supplier(), further);
        page.moveDown(BLOCK_GAP);
    }

    private void customer() throws IOException {
        page.paragraph(styles.heading(), "To");
        PartyBlock.print(page, styles.strong(), styles.body(), document.customer(), List.of());
        page.moveDown(BLOCK_GAP);
    }

    private void dates() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Date: " + DATE.format(document.issueDate()));
        if (document.dueDate() != null) {
            lines.add("Payment due: " + DATE.format(document.dueDate()));
        }
        if (document.reference() != null) {
            lines.add(document.reference());
        }
        page.paragraphs(styles.body(), lines);
        page.moveDown(BLOCK_GAP);
    }

    private void totals() throws IOException {
        List<Total> totals = new ArrayList<>();
        if (document.vatRegistered()) {
            totals.add(new Total("Total before VAT", document.netTotal(), styles.body()));
            totals.add(new Total("VAT", document.vatTotal(), styles.body()));
        }
        totals.add(new Total("Total", document.total(), styles.strong()));
        if (document.amountDue() != null) {
            totals.add(new Total("Amount due", document.amountDue(), styles.strong()));
        }
        page.moveDown(BLOCK_GAP / 2);
        Totals.print(page, totals);
    }

    private void notes() throws IOException {
        for (String note : document.notes()) {
            page.moveDown(BLOCK_GAP / 2);
            page.paragraph(styles.body(), note);
        }
    }
}
