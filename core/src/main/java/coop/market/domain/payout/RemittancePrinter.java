package coop.market.domain.payout;

/** Lays a remittance advice out as a PDF (the adapter lives in infrastructure). */
public interface RemittancePrinter {

    /** The advice as the bytes of a PDF file. */
    byte[] pdf(RemittanceAdvice advice);
}
