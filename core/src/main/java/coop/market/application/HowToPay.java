package coop.market.application;

import coop.market.domain.coop.PayeeAccount;
import java.util.Optional;

/**
 * How a customer pays an invoice without a card: by bank transfer, quoting the invoice's number, into the co-op's
 * own account once an administrator has given it (until then customers ask the co-op for its details). The same
 * words on the invoice, in its e-mail and reminders, and on the customer's account.
 */
public final class HowToPay {

    private HowToPay() {
    }

    /**
     * "by bank transfer to Bromley Micro Enterprises CIC, sort code 12-34-56, account number 12345678, quoting
     * BME-2027-00042 as the reference"; without an account, "by bank transfer, quoting BME-2027-00042 as the
     * reference".
     */
    public static String byTransfer(Optional<PayeeAccount> account, String invoiceNumber) {
        return "by bank transfer" + account.map(payee -> " to " + payee.written()).orElse("") + ", quoting "
                + invoiceNumber + " as the reference";
    }

    /** "How to pay: by bank transfer to ..., quoting ... as the reference.", when the co-op has given its account. */
    public static Optional<String> intoAccount(Optional<PayeeAccount> account, String invoiceNumber) {
        return account.map(payee -> "How to pay: " + byTransfer(account, invoiceNumber) + ".");
    }
}
