package coop.market.web.rest;

import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.web.security.Allow;
import coop.market.web.security.CoopAuthenticationMechanism;
import coop.market.web.security.Public;
import coop.market.web.security.SignedIn;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * Enforces {@link Allow} and {@link Public} before any resource runs: no sign-in where one is
 * needed is 401 (with a Basic challenge), the wrong role is 403, and a method that declares
 * neither is refused outright.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class AccessFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;

    @Inject
    SignedIn signedIn;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Object rejected = servletRequest.getAttribute(CoopAuthenticationMechanism.REJECTED);
        if (rejected != null) {
            request.abortWith(unauthenticated(rejected.toString()));
            return;
        }
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        if (method.isAnnotationPresent(Public.class)) {
            return;
        }
        Allow allow = Optional.ofNullable(method.getAnnotation(Allow.class))
                .orElse(resource.getResourceClass().getAnnotation(Allow.class));
        if (allow == null) {
            request.abortWith(Problems.response(403, "Not allowed", "This operation is not open to anyone.",
                    "forbidden"));
            return;
        }
        Optional<Actor> actor = signedIn.actor();
        if (actor.isEmpty()) {
            request.abortWith(unauthenticated("Sign in to do this."));
            return;
        }
        boolean permitted = Arrays.stream(allow.value()).anyMatch(role -> role == Role.STAFF
                ? actor.get().isStaff() : actor.get().has(role));
        if (!permitted) {
            request.abortWith(Problems.response(403, "Not allowed",
                    "Your account cannot do this.", "forbidden"));
        }
    }

    private static Response unauthenticated(String detail) {
        Response refusal = Problems.response(401, "Not signed in", detail, "unauthenticated");
        refusal.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE,
                "Basic realm=\"" + CoopAuthenticationMechanism.REALM + "\", charset=\"UTF-8\"");
        return refusal;
    }
}
