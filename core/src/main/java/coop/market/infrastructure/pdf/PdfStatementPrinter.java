package coop.market.infrastructure.pdf;

import coop.market.application.StatementWords;
import coop.market.domain.statement.Statement;
import coop.market.domain.statement.StatementPrinter;
import jakarta.enterprise.context.ApplicationScoped;

/** Prints members' tax-year statements as A4 PDFs, laid out as invoices are and holding nothing between calls. */
@ApplicationScoped
public class PdfStatementPrinter implements StatementPrinter {

    @Override
    public byte[] pdf(Statement statement) {
        return PdfFile.print(StatementLayout.title(statement), statement.header().coopName(),
                StatementWords.title(statement), (page, styles) -> new StatementLayout(statement, page, styles).print());
    }
}
