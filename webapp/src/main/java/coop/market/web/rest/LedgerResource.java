package coop.market.web.rest;

import coop.market.application.LedgerService;
import coop.market.domain.account.Role;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The co-op's books, for staff. */
@Path("/ledger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.STAFF)
public class LedgerResource {

    @Inject
    LedgerService ledger;

    @Inject
    SignedIn signedIn;

    @GET
    @Path("/trial-balance")
    public TrialBalanceDto trialBalance() {
        return TrialBalanceDto.of(ledger.trialBalance(signedIn.actor().orElseThrow()));
    }
}
