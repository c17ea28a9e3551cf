package coop.market.domain.invoicing;

/**
 * Hands out document numbers that are unique and leave no gaps, even when invoice runs race or the
 * server dies half way.
 *
 * <p>How: each kind has one counter row. {@link #next} locks that row (the database's row lock, held
 * to the end of the caller's transaction) and moves it on, in the same database transaction that
 * saves the document. Two runs at once therefore take numbers one after the other, never the same
 * one; and if the transaction does not commit (an error, a crash, a kill -9), the counter's move is
 * rolled back with the document, so the next document gets that number: nothing is skipped. The
 * price is that documents of one kind are numbered one transaction at a time.
 */
public interface DocumentNumbers {

    /** The next number of this kind in this year; the first of a new year is 1. Call inside the saving transaction. */
    DocumentNumber next(DocumentKind kind, int year);
}
