package coop.market.web.rest;

import coop.market.application.ContributionService;
import coop.market.domain.account.Role;
import coop.market.domain.payout.ContributionPolicy;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The co-op's contribution policies, dated: staff read them; an admin adds one from a day. */
@Path("/contribution-policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ContributionPoliciesResource {

    @Inject
    ContributionService contributions;

    @Inject
    SignedIn signedIn;

    @GET
    @Allow(Role.STAFF)
    public List<ContributionPolicyDto> list() {
        return contributions.rules(signedIn.actor().orElseThrow()).policies().stream()
                .map(ContributionPolicyDto::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(Role.ADMIN)
    public Response add(ContributionPolicyDto body) {
        ContributionPolicy policy = contributions.addPolicy(Bodies.required(body).toCommand(),
                signedIn.actor().orElseThrow());
        return Response.status(Response.Status.CREATED).entity(ContributionPolicyDto.of(policy)).build();
    }
}
