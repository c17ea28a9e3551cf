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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/**
 * The signed-in member's statement for a tax year ({@code ?taxYear=2026}; this tax year when left out), for their
 * self-assessment: as JSON, or as a PDF or CSV file at {@code /pdf} and {@code /csv} or by {@code Accept}.
 */
@Path("/me/statements")
@RequestScoped
@Allow(Role.MEMBER)
public class MyStatementsResource {

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
    public Response get(@QueryParam("taxYear") String taxYear) {
        return replies.asAccepted(statement(taxYear), request);
    }

    @GET
    @Path("pdf")
    @Produces(StatementReplies.PDF)
    public Response pdf(@QueryParam("taxYear") String taxYear) {
        return replies.pdf(statement(taxYear));
    }

    @GET
    @Path("csv")
    @Produces(StatementReplies.CSV)
    public Response csv(@QueryParam("taxYear") String taxYear) {
        return replies.csv(statement(taxYear));
    }

    private Statement statement(String taxYear) {
        return statements.myStatement(taxYear, signedIn.actor().orElseThrow());
    }
}
