package coop.market.web.rest;

import java.util.List;

/**
 * An invoice run: the invoices it issued, and (beyond the contract) customers it could not invoice
 * this time, whom the next run tries again.
 */
public record InvoiceRunDto(String id, List<String> invoiceIds, List<String> notInvoiced) {
}
