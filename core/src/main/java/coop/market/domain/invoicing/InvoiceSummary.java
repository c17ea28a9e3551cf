package coop.market.domain.invoicing;

import coop.market.domain.shared.Money;
import java.io.Serializable;
import java.time.LocalDate;

/** An invoice as a list shows it, with its customer's name. */
public record InvoiceSummary(String id, String number, String customerId, String customerName, LocalDate issueDate,
        LocalDate dueDate, InvoiceStatus status, Money total, Money amountDue) implements Serializable {
}
