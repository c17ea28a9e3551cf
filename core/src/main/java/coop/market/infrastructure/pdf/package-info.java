/**
 * Invoices, credit notes and members' remittance advices as PDF files: the adapters behind the domain's
 * {@link coop.market.domain.invoicing.InvoicePrinter} and {@link coop.market.domain.payout.RemittancePrinter},
 * written with Apache PDFBox. It uses only the standard PDF fonts (Helvetica), which every PDF reader has, so no
 * font files are shipped or embedded; the price is that those fonts only know WinAnsiEncoding, so any other
 * character is printed as "?".
 */
package coop.market.infrastructure.pdf;
