package coop.market.web.rest;

import coop.market.application.CalendarService;
import coop.market.domain.account.Role;
import coop.market.domain.calendar.CalendarSecret;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * The signed-in member's calendar link: a secret address their calendar app can subscribe to,
 * with no sign-in, to see their work. The secret is kept as it is, so the member can see the
 * address again at any time, for instance to add it to another phone; it opens only a read-only
 * list of their job times and places, and replacing it revokes the old address at once.
 */
@Path("/me/calendar-link")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.MEMBER)
public class MyCalendarLinkResource {

    @Inject
    CalendarService calendar;

    @Inject
    SignedIn signedIn;

    @Context
    UriInfo uri;

    /** The member's link, the same every time; made on the first call. */
    @GET
    public CalendarLinkDto get() {
        return link(calendar.currentSecret(signedIn.actor().orElseThrow()));
    }

    /** A new secret: the old address stops working at once (404), the new one works. */
    @POST
    public CalendarLinkDto regenerate() {
        return link(calendar.newSecret(signedIn.actor().orElseThrow()));
    }

    private CalendarLinkDto link(CalendarSecret secret) {
        return new CalendarLinkDto(uri.getBaseUriBuilder()
                .path(CalendarFeedResource.class)
                .path(CalendarFeedResource.class, "feed")
                .build(secret.token())
                .toString());
    }
}
