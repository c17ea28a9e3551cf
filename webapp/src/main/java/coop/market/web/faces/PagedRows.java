package coop.market.web.faces;

import coop.market.application.StaffDeskService.Row;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Bookings for a PrimeFaces table, a page at a time from the database: the table asks how many
 * there are and for the rows of the page it shows, never for all of them.
 */
final class PagedRows extends LazyDataModel<Row> {

    private static final long serialVersionUID = 1L;

    /** How many rows there are in all. */
    @FunctionalInterface
    interface Count extends Serializable {
        long count();
    }

    /** The rows from an offset, at most a limit. */
    @FunctionalInterface
    interface Page extends Serializable {
        List<Row> rows(int offset, int limit);
    }

    private final Count count;
    private final Page page;

    PagedRows(Count count, Page page) {
        this.count = count;
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<Row> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.rows(first, pageSize);
    }

    @Override
    public String getRowKey(Row row) {
        return row.bookingId();
    }

    @Override
    public Row getRowData(String rowKey) {
        return null;
    }
}
