package coop.market.web.faces;

import coop.market.domain.invoicing.InvoiceStatus;
import java.time.LocalDate;

/** An invoice's state in the back office's words. */
final class InvoiceWords {

    private InvoiceWords() {
    }

    /** "Waiting for payment", "Overdue", "Part paid", "Paid" or "Credited". */
    static String of(InvoiceStatus status, LocalDate dueDate, LocalDate today) {
        boolean open = status == InvoiceStatus.ISSUED || status == InvoiceStatus.PART_PAID;
        if (open && dueDate.isBefore(today)) {
            return status == InvoiceStatus.PART_PAID ? "Part paid, overdue" : "Overdue";
        }
        return switch (status) {
            case ISSUED -> "Waiting for payment";
            case PART_PAID -> "Part paid";
            case PAID -> "Paid";
            case CREDITED -> "Credited";
        };
    }
}
