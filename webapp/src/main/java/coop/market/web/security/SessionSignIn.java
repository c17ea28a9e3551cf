package coop.market.web.security;

import coop.market.domain.account.Actor;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a session remembers of its sign-in: who, and when (so that "sign out everywhere" and a new
 * password can end sessions begun before them).
 */
record SessionSignIn(Actor actor, Instant signedInAt) implements Serializable {
}
