package coop.market.web.rest;

import coop.market.domain.ledger.TrialBalance;
import java.util.List;

/** {@code GET /ledger/trial-balance}: each account with a balance, in its debit or credit column, and the totals. */
public record TrialBalanceDto(List<Line> accounts, MoneyDto totalDebit, MoneyDto totalCredit, boolean balanced) {

    /** One account: its code (e.g. {@code receivable:<customerId>}) and its balance. */
    public record Line(String account, MoneyDto debit, MoneyDto credit) {
    }

    static TrialBalanceDto of(TrialBalance balance) {
        return new TrialBalanceDto(balance.accounts().stream()
                .map(line -> new Line(line.account().code(), MoneyDto.of(line.debit()), MoneyDto.of(line.credit())))
                .toList(), MoneyDto.of(balance.totalDebit()), MoneyDto.of(balance.totalCredit()), balance.balanced());
    }
}
