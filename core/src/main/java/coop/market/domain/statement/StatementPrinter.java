package coop.market.domain.statement;

/** Prints a member's tax-year statement. */
public interface StatementPrinter {

    /** The statement as the bytes of a PDF file. */
    byte[] pdf(Statement statement);
}
