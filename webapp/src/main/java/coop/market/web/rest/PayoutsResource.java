package coop.market.web.rest;

import coop.market.application.PayoutRunService;
import coop.market.domain.account.Role;
import coop.market.domain.shared.InvalidInputException;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A member's pay-outs, for staff: {@code GET /payouts?memberId=}. */
@Path("/payouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PayoutsResource {

    @Inject
    PayoutRunService runs;

    @Inject
    SignedIn signedIn;

    @GET
    @Allow(Role.STAFF)
    public List<PayoutDto> ofMember(@QueryParam("memberId") String memberId) {
        if (memberId == null || memberId.isBlank()) {
            throw new InvalidInputException("memberId", "Say whose pay-outs: ?memberId=");
        }
        return runs.ofMember(memberId.strip(), signedIn.actor().orElseThrow()).stream().map(PayoutDto::of).toList();
    }
}
