package coop.market.web.rest;

import coop.market.application.EarningsService;
import coop.market.domain.account.Role;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in member's earnings: the benefit period they are in today and the next one. */
@Path("/me/earnings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.MEMBER)
public class MyEarningsResource {

    @Inject
    EarningsService earnings;

    @Inject
    SignedIn signedIn;

    @GET
    public JsonObject get() {
        return EarningsJson.periods(earnings.myEarnings(signedIn.actor().orElseThrow()));
    }
}
