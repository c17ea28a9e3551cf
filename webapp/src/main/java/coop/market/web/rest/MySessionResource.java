package coop.market.web.rest;

import coop.market.domain.account.Role;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Who is signed in, and for how long a session lasts without activity. Asking counts as activity:
 * the pages' "Stay signed in" button calls it to keep the session going.
 */
@Path("/me/session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allow({Role.ADMIN, Role.STAFF, Role.MEMBER, Role.CUSTOMER, Role.SUPPORTER})
public class MySessionResource {

    @Inject
    SignedIn signedIn;

    @Context
    HttpServletRequest request;

    /** @param idleTimeoutSeconds how long the session lasts without activity; null for a Basic call (no session) */
    public record SessionDto(String email, Integer idleTimeoutSeconds) {
    }

    @GET
    public Response get() {
        HttpSession session = request.getSession(false);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.ok(new SessionDto(signedIn.actor().orElseThrow().email(),
                session == null ? null : session.getMaxInactiveInterval())).cacheControl(noStore).build();
    }
}
