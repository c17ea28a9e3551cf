package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.ledger.Ledger;
import coop.market.domain.ledger.TrialBalance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The books, as staff read them. Business events post to the ledger through {@link Ledger} themselves. */
@ApplicationScoped
@Transactional
public class LedgerService {

    @Inject
    Ledger ledger;

    @Inject
    CooperativeService cooperative;

    /** Every account with a balance; the debit and credit totals are equal unless something is badly wrong. */
    public TrialBalance trialBalance(Actor actor) {
        Permissions.requireStaff(actor, "read the books");
        return TrialBalance.of(ledger.netDebits(), cooperative.currency());
    }
}
