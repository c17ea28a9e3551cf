package coop.market.application;

/**
 * How a member is to be paid, as staff enter it: {@code STRIPE} with the member's connected account
 * ({@code acct_...}), or {@code BANK_TRANSFER} with the name on the account, sort code and account number; and how
 * often ({@code WEEKLY}, {@code MONTHLY} or {@code HOLD}; weekly if left out).
 */
public record NewPayoutMethod(String method, String frequency, String stripeAccount, String accountName,
        String sortCode, String accountNumber) {
}
