package coop.market.web.security;

import coop.market.application.AccountService;
import coop.market.domain.account.Actor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/** The person behind the current request, if signed in, looked up once per request. */
@RequestScoped
public class SignedIn {

    @Inject
    SecurityContext security;

    @Inject
    AccountService accounts;

    private Optional<Actor> actor;

    public Optional<Actor> actor() {
        if (actor == null) {
            Principal principal = security.getCallerPrincipal();
            actor = principal == null ? Optional.empty() : accounts.actorFor(principal.getName());
        }
        return actor;
    }
}
