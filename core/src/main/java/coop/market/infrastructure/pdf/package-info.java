/**
 * Invoices and credit notes as PDF files: the adapter behind the domain's
 * {@link coop.market.domain.invoicing.InvoicePrinter}, written with Apache PDFBox. It uses only the standard
 * PDF fonts (Helvetica), which every PDF reader has, so no font files are shipped or embedded; the price is
 * that those fonts only know WinAnsiEncoding, so any other character is printed as "?".
 */
package coop.market.infrastructure.pdf;
