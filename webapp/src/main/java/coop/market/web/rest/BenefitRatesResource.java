package coop.market.web.rest;

import static coop.market.application.Jsonp.JSON;

import coop.market.application.EarningsService;
import coop.market.domain.account.Role;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * The dated table of benefit figures (ESA_HIGHER, ESA_LOWER, ESA_HOURS, ...), for staff to add next April's:
 * each figure applies from its day on, and earlier periods keep the figures they had.
 */
@Path("/benefit-rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allow(Role.STAFF)
public class BenefitRatesResource {

    @Inject
    EarningsService earnings;

    @Inject
    SignedIn signedIn;

    @Context
    UriInfo uri;

    @GET
    public JsonArray list() {
        JsonArrayBuilder rates = JSON.createArrayBuilder();
        earnings.rates(signedIn.actor().orElseThrow()).forEach(rate -> rates.add(EarningsJson.rate(rate)));
        return rates.build();
    }

    @POST
    public Response add(NewBenefitRateRequest body) {
        JsonObject rate = EarningsJson.rate(earnings.addRate(Bodies.required(body).toCommand(),
                signedIn.actor().orElseThrow()));
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(rate).build();
    }
}
