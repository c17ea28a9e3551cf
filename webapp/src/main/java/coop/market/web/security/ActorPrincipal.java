package coop.market.web.security;

import coop.market.domain.account.Actor;
import jakarta.security.enterprise.CallerPrincipal;

/** The signed-in caller as the container knows them, carrying the co-op's own {@link Actor}. */
public class ActorPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final Actor actor;

    public ActorPrincipal(Actor actor) {
        super(actor.email());
        this.actor = actor;
    }

    public Actor actor() {
        return actor;
    }
}
