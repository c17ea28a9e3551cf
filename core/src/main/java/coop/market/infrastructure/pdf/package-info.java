/**
 * Invoices, credit notes, members' remittance advices and tax-year statements as PDF files: the adapters behind
 * the domain's {@link coop.market.domain.invoicing.InvoicePrinter},
 * {@link coop.market.domain.payout.RemittancePrinter} and {@link coop.market.domain.statement.StatementPrinter},
 * written with Apache PDFBox. They use only the standard PDF fonts (Helvetica), which every PDF reader has, so no
 * font files are shipped or embedded; the price is that those fonts only know WinAnsiEncoding, so any other
 * character is printed as "?".
 */
package coop.market.infrastructure.pdf;
