package coop.market.domain.payout;

import coop.market.domain.shared.FieldErrors;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A UK bank account to pay a member into: the name on the account (at most 18 characters, which is what a
 * Bacs payment file carries), a six-digit sort code and an eight-digit account number.
 */
public record BankAccount(String name, String sortCode, String accountNumber) {

    /** What a Bacs payment file may carry in a name. */
    private static final Pattern BACS_CHARACTERS = Pattern.compile("[A-Z0-9 .&/-]+");

    /** Checks what was typed, allowing the usual spaces and dashes, and gives the account in plain digits. */
    public static BankAccount parse(String name, String sortCode, String accountNumber, FieldErrors errors) {
        // Upper-cased first, as the bank file carries it: capitals can be longer (ß is SS).
        String written = name == null ? null : name.strip().toUpperCase(Locale.ROOT);
        boolean ok = errors.requireText("accountName", written, 18);
        if (ok && !BACS_CHARACTERS.matcher(written).matches()) {
            errors.add("accountName", "Use letters A to Z, numbers, spaces and . & / - only, as the bank file does");
            ok = false;
        }
        String sort = sortCodeDigits("sortCode", sortCode, errors);
        String number = accountNumberDigits("accountNumber", accountNumber, errors);
        return ok && sort != null && number != null ? new BankAccount(written, sort, number) : null;
    }

    /** A UK sort code typed with the usual spaces and dashes, as its six digits; else null, the problem named. */
    public static String sortCodeDigits(String field, String typed, FieldErrors errors) {
        String sort = digits(typed);
        if (sort == null || sort.length() != 6) {
            errors.add(field, "A sort code has 6 digits, like 12-34-56");
            return null;
        }
        return sort;
    }

    /** A UK account number typed with the usual spaces, as its eight digits; null, and the problem named, if not. */
    public static String accountNumberDigits(String field, String typed, FieldErrors errors) {
        String number = digits(typed);
        if (number == null || number.length() != 8) {
            errors.add(field, "An account number has 8 digits");
            return null;
        }
        return number;
    }

    /** The sort code's last two digits, kept in the clear to show it masked. */
    String sortCodeLast() {
        return sortCode.substring(4);
    }

    /** The account number's last four digits, by which people know their account without it being shown. */
    String accountNumberLast() {
        return accountNumber.substring(4);
    }

    /** A sort code as it may be shown: only its last two digits, "**-**-56". */
    static String maskedSortCode(String lastTwoDigits) {
        return lastTwoDigits == null ? null : "**-**-" + lastTwoDigits;
    }

    /** An account number as it may be shown: only its last four digits, "****5678". */
    static String maskedAccountNumber(String lastFourDigits) {
        return lastFourDigits == null ? null : "****" + lastFourDigits;
    }

    /** The sort code as a bank writes it: 12-34-56. */
    public String sortCodeWritten() {
        return sortCodeWritten(sortCode);
    }

    /** Six digits as a bank writes a sort code: 12-34-56. */
    public static String sortCodeWritten(String digits) {
        return digits.substring(0, 2) + "-" + digits.substring(2, 4) + "-" + digits.substring(4);
    }

    private static String digits(String typed) {
        if (typed == null) {
            return null;
        }
        String stripped = typed.replaceAll("[\\s-]", "");
        return stripped.matches("\\d+") ? stripped : null;
    }
}
