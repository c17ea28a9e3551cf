package coop.market.web.rest;

import coop.market.application.ReportService;
import coop.market.domain.account.Role;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/** The co-op's reports as files, for staff: every member's totals for a tax year, one CSV row per member. */
@Path("/reports")
@RequestScoped
@Allow(Role.STAFF)
public class ReportsResource {

    @Inject
    ReportService reports;

    @Inject
    SignedIn signedIn;

    /** {@code ?taxYear=2026} or {@code 2026-27}; none: this tax year. */
    @GET
    @Path("tax-year")
    @Produces(StatementReplies.CSV)
    public Response taxYear(@QueryParam("taxYear") String taxYear) {
        ReportService.TaxYearTotals totals = reports.taxYear(taxYear, signedIn.actor().orElseThrow());
        return Downloads.csv(reports.taxYearCsv(totals), "Members tax year " + totals.year().label());
    }
}
