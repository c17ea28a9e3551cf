package coop.market.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A table of rows, one row per item: wide columns share whatever width the fixed ones leave and their text
 * wraps in it; amounts are right-aligned so their digits line up. The header is repeated on every page the
 * table runs onto, so a reader never has to turn back to see which column is which. A total row, if any, is
 * printed last in bold.
 *
 * @param <T> what a row shows
 */
final class LineTable<T> {

    /** Between one column's text and the next. */
    private static final float GAP = 8;
    /** Above and below the text of each row. */
    private static final float PADDING = 4;

    /**
     * One column: its heading, its width (0 for a wide column), whether it is right-aligned, and its cell text.
     */
    record Column<T>(String heading, float width, boolean alignedRight, Function<T, String> cell) {

        /** A column taking a share of the width the fixed columns leave; its text wraps. */
        static <T> Column<T> wide(String heading, Function<T, String> cell) {
            return new Column<>(heading, 0, false, cell);
        }

        static <T> Column<T> text(String heading, float width, Function<T, String> cell) {
            return new Column<>(heading, width, false, cell);
        }

        /** Right-aligned, for amounts. */
        static <T> Column<T> amount(String heading, float width, Function<T, String> cell) {
            return new Column<>(heading, width, true, cell);
        }

        boolean isWide() {
            return width == 0;
        }
    }

    private final List<Column<T>> columns;
    private final PageWriter page;
    private final Styles styles;

    private LineTable(List<Column<T>> columns, PageWriter page, Styles styles) {
        this.columns = columns;
        this.page = page;
        this.styles = styles;
    }

    /** A table of these columns across the page's width; at least one should be wide. */
    static <T> LineTable<T> of(List<Column<T>> given, PageWriter page, Styles styles) {
        float fixedWidth = (float) given.stream().mapToDouble(Column::width).sum();
        long wide = given.stream().filter(Column::isWide).count();
        float share = wide == 0 ? 0 : (page.width() - fixedWidth) / wide;
        List<Column<T>> columns = new ArrayList<>();
        for (Column<T> column : given) {
            columns.add(column.isWide()
                    ? new Column<>(column.heading(), share, column.alignedRight(), column.cell()) : column);
        }
        return new LineTable<>(List.copyOf(columns), page, styles);
    }

    void print(List<T> rows) throws IOException {
        print(rows, null);
    }

    /** The rows, then {@code total} (if not null) in bold; the total is kept on the page of the last row. */
    void print(List<T> rows, T total) throws IOException {
        List<String> headings = columns.stream().map(Column::heading).toList();
        List<List<String>> header = wrapped(headings, styles.strong());
        T firstRow = rows.isEmpty() ? total : rows.get(0);
        float first = firstRow == null ? 0 : height(wrapped(cells(firstRow), styles.body()), styles.body());
        page.makeRoom(height(header, styles.strong()) + first);
        printHeader(header);
        for (int index = 0; index < rows.size(); index++) {
            List<List<String>> row = wrapped(cells(rows.get(index)), styles.body());
            float needed = height(row, styles.body());
            if (total != null && index == rows.size() - 1) {
                needed += height(wrapped(cells(total), styles.strong()), styles.strong());
            }
            if (page.makeRoom(needed)) {
                printHeader(header);
            }
            printRow(row, styles.body());
        }
        if (total != null) {
            List<List<String>> row = wrapped(cells(total), styles.strong());
            if (page.makeRoom(height(row, styles.strong()))) {
                printHeader(header);
            }
            printRow(row, styles.strong());
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

    private List<String> cells(T row) {
        return columns.stream().map(column -> column.cell().apply(row)).toList();
    }

    private List<List<String>> wrapped(List<String> cells, TextStyle style) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        for (int column = 0; column < cells.size(); column++) {
            wrapped.add(style.wrap(cells.get(column), textWidth(column)));
        }
        return wrapped;
    }

    /** The last column has no gap after it, so the amounts end at the margin, in line with any totals below. */
    private float textWidth(int column) {
        float width = columns.get(column).width();
        return column == columns.size() - 1 ? width : width - GAP;
    }

    private static float height(List<List<String>> row, TextStyle style) {
        int lines = row.stream().mapToInt(List::size).max().orElse(1);
        return lines * style.lineHeight() + 2 * PADDING;
    }
}
