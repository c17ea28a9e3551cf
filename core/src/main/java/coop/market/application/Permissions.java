package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.shared.AccessDeniedException;

/** The checks services share, so every entry point (API or page) enforces the same rules. */
final class Permissions {

    private Permissions() {
    }

    static void requireStaff(Actor actor, String what) {
        if (actor == null || !actor.isStaff()) {
            throw new AccessDeniedException("Only co-op staff can " + what);
        }
    }
}
