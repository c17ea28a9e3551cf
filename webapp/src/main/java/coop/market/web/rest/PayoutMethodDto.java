package coop.market.web.rest;

import coop.market.application.NewPayoutMethod;
import coop.market.domain.payout.PayoutMethod;

/**
 * How a member is paid. Written with the full sort code and account number; read back masked
 * ({@code **-**-56}, {@code ****5678}): the full numbers never leave the server except in a bank file.
 */
public record PayoutMethodDto(String method, String frequency, String stripeAccount, String accountName,
        String sortCode, String accountNumber, String updatedAt, String updatedBy) {

    static PayoutMethodDto of(PayoutMethod method) {
        return new PayoutMethodDto(method.method().name(), method.frequency().name(), method.stripeAccount(),
                method.accountName(), method.sortCodeMasked(), method.accountNumberMasked(),
                method.updatedAt().toString(), method.updatedBy());
    }

    NewPayoutMethod toCommand() {
        return new NewPayoutMethod(method, frequency, stripeAccount, accountName, sortCode, accountNumber);
    }
}
