package coop.market.domain.coop;

import coop.market.domain.payout.BankAccount;
import coop.market.domain.shared.FieldErrors;
import java.util.Objects;

/**
 * The co-op's own UK bank account, which customers pay invoices into by bank transfer. These are public payee
 * details, printed on every invoice, so they are kept in the clear (unlike members' bank details). The name is
 * the one the bank holds, as customers' banks check it against what they type (Confirmation of Payee).
 *
 * @param sortCode six digits
 * @param accountNumber eight digits
 */
public record PayeeAccount(String name, String sortCode, String accountNumber) {

    /** The longest name kept: longer than a Bacs file's 18 characters, since a co-op's full name may be needed. */
    public static final int LONGEST_NAME = 70;

    public PayeeAccount {
        Objects.requireNonNull(name);
        if (sortCode == null || !sortCode.matches("\\d{6}") || accountNumber == null
                || !accountNumber.matches("\\d{8}")) {
            throw new IllegalArgumentException("A UK sort code has 6 digits and an account number 8");
        }
    }

    /**
     * Checks what was typed (sort code and account number by the same rules as members' accounts), naming each
     * problem under bankAccountName, bankSortCode or bankAccountNumber; null when anything is wrong.
     */
    public static PayeeAccount parse(String name, String sortCode, String accountNumber, FieldErrors errors) {
        boolean named = errors.requireText("bankAccountName", name, LONGEST_NAME);
        String sort = BankAccount.sortCodeDigits("bankSortCode", sortCode, errors);
        String number = BankAccount.accountNumberDigits("bankAccountNumber", accountNumber, errors);
        return named && sort != null && number != null ? new PayeeAccount(name.strip(), sort, number) : null;
    }

    /** "Bromley Micro Enterprises CIC, sort code 12-34-56, account number 12345678": what a customer types in. */
    public String written() {
        return name + ", sort code " + BankAccount.sortCodeWritten(sortCode) + ", account number " + accountNumber;
    }
}
