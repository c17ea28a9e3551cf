package coop.market.infrastructure.pdf;

import coop.market.domain.payout.RemittanceAdvice;
import coop.market.domain.payout.RemittancePrinter;
import jakarta.enterprise.context.ApplicationScoped;

/** Prints members' remittance advices as A4 PDFs with PDFBox, laid out as the co-op's invoices are. */
@ApplicationScoped
public class PdfRemittancePrinter implements RemittancePrinter {

    @Override
    public byte[] pdf(RemittanceAdvice advice) {
        return PdfFile.print(RemittanceLayout.TITLE + " " + advice.reference(), advice.coop().name(),
                advice.reference(), (page, styles) -> new RemittanceLayout(advice, page, styles).print());
    }
}
