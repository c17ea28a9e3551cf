package coop.market.web.rest;

import coop.market.application.StatementService;
import coop.market.domain.account.Role;
import coop.market.domain.statement.Statement;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * Any member's statement for a tax year, for staff (who often do a member's paperwork with them): the same as
 * the member's own at {@code /me/statements}.
 */
@Path("/members/{id}/statements")
@RequestScoped
@Allow(Role.STAFF)
public class MemberStatementsResource {

    @Inject
    StatementService statements;

    @Inject
    StatementReplies replies;

    @Inject
    SignedIn signedIn;

    @Context
    Request request;

    @GET
    @Produces({MediaType.APPLICATION_JSON, StatementReplies.PDF, StatementReplies.CSV})
    public Response get(@PathParam("id") String id, @QueryParam("taxYear") String taxYear) {
        return replies.asAccepted(statement(id, taxYear), request);
    }

    @GET
    @Path("pdf")
    @Produces(StatementReplies.PDF)
    public Response pdf(@PathParam("id") String id, @QueryParam("taxYear") String taxYear) {
        return replies.pdf(statement(id, taxYear));
    }

    @GET
    @Path("csv")
    @Produces(StatementReplies.CSV)
    public Response csv(@PathParam("id") String id, @QueryParam("taxYear") String taxYear) {
        return replies.csv(statement(id, taxYear));
    }

    private Statement statement(String memberId, String taxYear) {
        return statements.statement(memberId, taxYear, signedIn.actor().orElseThrow());
    }
}
