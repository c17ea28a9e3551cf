package coop.market.web.rest;

import coop.market.application.CalendarService;
import coop.market.web.security.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * Members' calendar feeds, read by calendar apps with no sign-in: the secret in the address is
 * the only key. An address that opens nothing, including one whose secret was replaced, is 404.
 */
@Path("/calendar")
@RequestScoped
public class CalendarFeedResource {

    public static final String MEDIA_TYPE = "text/calendar; charset=utf-8";

    @Inject
    CalendarService calendar;

    @GET
    @Path("/{token}.ics")
    @Public
    @Produces("text/calendar")
    public Response feed(@PathParam("token") String token) {
        return calendar.feed(token)
                .map(body -> Response.ok(body, MEDIA_TYPE)
                        // Personal data: no shared cache keeps it, and calendar apps always get today's copy.
                        .header("Cache-Control", "private, no-store")
                        .header("Content-Disposition", "inline; filename=\"co-op-market.ics\"")
                        .build())
                .orElseGet(() -> Problems.response(404, "Not found", "There is no calendar at this address. "
                        + "If you made a new calendar link, use that one.", "not-found"));
    }
}
