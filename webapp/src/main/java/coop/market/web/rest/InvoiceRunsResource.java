package coop.market.web.rest;

import coop.market.application.InvoiceRunService;
import coop.market.application.InvoiceService;
import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Invoice runs: pooled invoicing, for staff. */
@Path("/invoice-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvoiceRunsResource {

    @Inject
    InvoiceRunService runs;

    @Inject
    InvoiceService invoices;

    @Inject
    SignedIn signedIn;

    @Context
    UriInfo uri;

    @POST
    @Allow(Role.STAFF)
    public Response run(InvoiceRunRequest body) {
        InvoiceRunService.Result result = runs.run(Bodies.required(body).periodEnd(), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(result.runId()).build())
                .entity(new InvoiceRunDto(result.runId(), result.invoiceIds(), result.notInvoiced()))
                .build();
    }

    @GET
    @Path("{id}")
    @Allow(Role.STAFF)
    public InvoiceRunDto runById(@PathParam("id") String id) {
        return new InvoiceRunDto(id, invoices.ofRun(id, actor()), List.of());
    }

    private Actor actor() {
        return signedIn.actor().orElseThrow();
    }
}
