package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.NotFoundException;

/** The checks services share, so every entry point (API or page) enforces the same rules. */
final class Permissions {

    private Permissions() {
    }

    static void requireStaff(Actor actor, String what) {
        if (actor == null || !actor.isStaff()) {
            throw new AccessDeniedException("Only co-op staff can " + what);
        }
    }

    /**
     * Staff for any member, a member for themself. Another member's things do not exist for a member (404, as
     * with bookings); anyone else is refused (403).
     */
    static void requireSelfOrStaff(String memberId, Actor actor, String what) {
        if (actor.isStaff() || memberId.equals(actor.memberId())) {
            return;
        }
        if (actor.memberId() != null) {
            throw new NotFoundException("Member", memberId);
        }
        throw new AccessDeniedException("Only the member or co-op staff can " + what);
    }
}
