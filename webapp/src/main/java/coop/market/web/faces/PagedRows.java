package coop.market.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Rows for a PrimeFaces table, a page at a time from the database: the table asks how many there
 * are and for the rows of the page it shows, never for all of them.
 *
 * @param <T> what a row is (a booking, a member)
 */
final class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** How many rows there are in all. */
    @FunctionalInterface
    interface Count extends Serializable {
        long count();
    }

    /** The rows from an offset, at most a limit. */
    @FunctionalInterface
    interface Page<T> extends Serializable {
        List<T> rows(int offset, int limit);
    }

    /** What tells one row from another. */
    @FunctionalInterface
    interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Count count;
    private final Page<T> page;
    private final Key<T> key;

    PagedRows(Count count, Page<T> page, Key<T> key) {
        this.count = count;
        this.page = page;
        this.key = key;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, count.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return page.rows(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return null;
    }
}
