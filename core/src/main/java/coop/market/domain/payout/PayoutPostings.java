package coop.market.domain.payout;

import coop.market.domain.ledger.Account;
import coop.market.domain.ledger.Entry;
import coop.market.domain.ledger.LedgerTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a pay-out posts to the ledger: the member's share comes off what the co-op holds for them; the
 * contribution becomes the co-op's income; the rest leaves the bank (a bank transfer) or Stripe's balance (a
 * transfer to the member's Stripe account, paid from the card money Stripe holds).
 */
public final class PayoutPostings {

    public static final String EVENT = "payout.paid";

    private PayoutPostings() {
    }

    public static LedgerTransaction paid(Payout payout, String memberName, String transactionId, Instant at) {
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.debit(Account.payable(payout.memberId()), payout.gross()));
        if (payout.contribution().isPositive()) {
            entries.add(Entry.credit(Account.CONTRIBUTION_INCOME, payout.contribution()));
        }
        if (payout.net().isPositive()) {
            entries.add(Entry.credit(payout.method() == PayoutMethodKind.STRIPE ? Account.CARD_CLEARING : Account.BANK,
                    payout.net()));
        }
        return new LedgerTransaction(transactionId, at, EVENT, payout.id(),
                "Pay-out to " + memberName + " (" + payout.reference() + ")", entries);
    }
}
