package coop.market.web.rest;

import coop.market.application.PayoutRunService;
import coop.market.application.RemittanceDocuments;
import coop.market.domain.account.Role;
import coop.market.domain.shared.InvalidInputException;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A member's pay-outs, for staff ({@code GET /payouts?memberId=}), and each paid one's remittance advice, for staff
 * and for the member paid ({@code GET /payouts/{id}/remittance}).
 */
@Path("/payouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PayoutsResource {

    @Inject
    PayoutRunService runs;

    @Inject
    RemittanceDocuments remittances;

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

    @GET
    @Path("{id}/remittance")
    @Produces("application/pdf")
    @Allow({Role.STAFF, Role.MEMBER})
    public Response remittance(@PathParam("id") String id) {
        RemittanceDocuments.Printed advice = remittances.pdf(id, signedIn.actor().orElseThrow());
        return Pdfs.download(advice.pdf(), advice.title());
    }
}
