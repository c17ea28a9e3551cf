package coop.market.web.security;

import coop.market.application.AccountService;
import coop.market.domain.account.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;

/**
 * The person behind the current request, if signed in: as the authentication mechanism found them
 * (no second look-up; for an HTTP Basic call only the mechanism knows them), or else by the caller's name.
 */
@RequestScoped
public class SignedIn {

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    private Optional<Actor> actor;

    public Optional<Actor> actor() {
        if (actor == null) {
            // Only the authentication mechanism sets ACTOR, for this request, so it needs no second opinion
            // from the container (asking for the caller principal walks the JAAS Subject).
            if (request.getAttribute(CoopAuthenticationMechanism.ACTOR) instanceof Actor known) {
                actor = Optional.of(known);
                return actor;
            }
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                actor = Optional.empty();
            } else if (principal instanceof ActorPrincipal signedIn) {
                actor = Optional.of(signedIn.actor());
            } else {
                actor = accounts.actorFor(principal.getName());
            }
        }
        return actor;
    }
}
