package coop.market.infrastructure.pdf;

import coop.market.application.PlainWords;
import coop.market.domain.invoicing.DocumentLine;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The table of an invoice's lines: the description takes whatever width the other columns leave and wraps
 * in it; amounts are right-aligned so their digits line up. The header is repeated on every page the table
 * runs onto, so a reader never has to turn back to see which column is which.
 */
final class LineTable {

    private static final DateTimeFormatter SUPPLY_DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    /** Between one column's text and the next. */
    private static final float GAP = 8;
    /** Above and below the text of each row. */
    private static final float PADDING = 4;

    private record Column(String heading, float width, boolean alignedRight, Function<DocumentLine, String> cell) {
    }

    private final List<Column> columns;
    private final PageWriter page;
    private final Styles styles;

    private LineTable(List<Column> columns, PageWriter page, Styles styles) {
        this.columns = columns;
        this.page = page;
        this.styles = styles;
    }

    /** The columns for a co-op with or without VAT; widths fit "30 May 2027" and "£99,999.99" at 10pt. */
    static LineTable of(boolean vatRegistered, PageWriter page, Styles styles) {
        List<Column> fixed = new ArrayList<>();
        fixed.add(new Column("Supply date", 68, false, line -> SUPPLY_DATE.format(line.supplyDate())));
        fixed.add(new Column("Quantity", 50, true, line -> plain(line.quantity())));
        fixed.add(new Column("Unit price", 62, true, line -> PlainWords.money(line.unitPrice())));
        if (vatRegistered) {
            fixed.add(new Column("VAT rate", 50, true, line -> percent(line.vatRatePercent())));
            fixed.add(new Column("VAT", 58, true, line -> PlainWords.money(line.vat())));
        }
        fixed.add(new Column("Amount", 64, true, line -> PlainWords.money(line.total())));
        float fixedWidth = (float) fixed.stream().mapToDouble(Column::width).sum();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Description", page.width() - fixedWidth, false,
                line -> line.suppliedBy() == null ? line.description()
                        : line.description() + "\nSupplied on behalf of " + line.suppliedBy()));
        columns.addAll(fixed);
        return new LineTable(List.copyOf(columns), page, styles);
    }

    void print(List<DocumentLine> lines) throws IOException {
        List<String> headings = columns.stream().map(Column::heading).toList();
        List<List<String>> header = wrapped(headings, styles.strong());
        List<List<String>> first = wrapped(cells(lines.get(0)), styles.body());
        page.makeRoom(height(header, styles.strong()) + height(first, styles.body()));
        printHeader(header);
        for (DocumentLine line : lines) {
            List<List<String>> row = wrapped(cells(line), styles.body());
            if (page.makeRoom(height(row, styles.body()))) {
                printHeader(header);
            }
            printRow(row, styles.body());
        }
    }

    private void printHeader(List<List<String>> header) throws IOException {
        printRow(header, styles.strong());
    }

    private void printRow(List<List<String>> row, TextStyle style) throws IOException {
        float x = page.left();
        float lineTop = page.top() - PADDING;
        for (int column = 0; column < columns.size(); column++) {
            float textRight = x + textWidth(column);
            List<String> cellLines = row.get(column);
            for (int index = 0; index < cellLines.size(); index++) {
                float top = lineTop - index * style.lineHeight();
                if (columns.get(column).alignedRight()) {
                    page.textEndingAt(style, textRight, top, cellLines.get(index));
                } else {
                    page.text(style, x, top, cellLines.get(index));
                }
            }
            x += columns.get(column).width();
        }
        page.moveDown(height(row, style));
        page.rule();
    }

    private List<String> cells(DocumentLine line) {
        return columns.stream().map(column -> column.cell().apply(line)).toList();
    }

    private List<List<String>> wrapped(List<String> cells, TextStyle style) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        for (int column = 0; column < cells.size(); column++) {
            wrapped.add(style.wrap(cells.get(column), textWidth(column)));
        }
        return wrapped;
    }

    /** The last column has no gap after it, so the amounts end at the margin, in line with the totals. */
    private float textWidth(int column) {
        float width = columns.get(column).width();
        return column == columns.size() - 1 ? width : width - GAP;
    }

    private static float height(List<List<String>> row, TextStyle style) {
        int lines = row.stream().mapToInt(List::size).max().orElse(1);
        return lines * style.lineHeight() + 2 * PADDING;
    }

    /** 1.50 as "1.5" and 2.00 as "2": what was supplied, not how the database stores it. */
    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** Blank when a line has no rate, rather than a made-up "0%". */
    private static String percent(BigDecimal rate) {
        return rate == null ? "" : plain(rate) + "%";
    }
}
