package coop.market.web.rest;

import coop.market.application.PayoutRunService;
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
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Pay-out runs, for staff: make a draft, approve it, execute it, and fetch the bank payment file. */
@Path("/payout-runs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PayoutRunsResource {

    @Inject
    PayoutRunService runs;

    @Inject
    SignedIn signedIn;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow(Role.STAFF)
    public Response create(PayoutRunRequest body) {
        PayoutRunService.RunView view = runs.create(Bodies.required(body).periodEnd(), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(view.run().id()).build())
                .entity(PayoutRunDto.of(view)).build();
    }

    @GET
    @Allow(Role.STAFF)
    public List<PayoutRunDto> list() {
        return runs.runs(actor()).stream().map(run -> PayoutRunDto.of(runs.get(run.id(), actor()))).toList();
    }

    @GET
    @Path("{id}")
    @Allow(Role.STAFF)
    public PayoutRunDto get(@PathParam("id") String id) {
        return PayoutRunDto.of(runs.get(id, actor()));
    }

    @POST
    @Path("{id}/approve")
    @Allow(Role.STAFF)
    public PayoutRunDto approve(@PathParam("id") String id) {
        return PayoutRunDto.of(runs.approve(id, actor()));
    }

    @POST
    @Path("{id}/cancel")
    @Allow(Role.STAFF)
    public PayoutRunDto cancel(@PathParam("id") String id) {
        return PayoutRunDto.of(runs.cancel(id, actor()));
    }

    @POST
    @Path("{id}/execute")
    @Allow(Role.STAFF)
    public PayoutRunDto execute(@PathParam("id") String id) {
        return PayoutRunDto.of(runs.execute(id, actor()));
    }

    @GET
    @Path("{id}/bank-file")
    @Produces("text/csv")
    @Allow(Role.STAFF)
    public Response bankFile(@PathParam("id") String id) {
        String csv = runs.bankFile(id, actor());
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"payout-run-" + id + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private Actor actor() {
        return signedIn.actor().orElseThrow();
    }
}
