package coop.market.application;

import coop.market.domain.member.Member;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Says in words what staff changed in a member's details, for the audit log a member's supporters and staff
 * read: each changed item with its old and new value, the member's own words only as "changed" (they can be long).
 */
final class MemberChanges {

    private MemberChanges() {
    }

    /** "Name: Dan -> Daniel Hughes; Trades: cleaning -> cleaning, gardening", or empty when nothing changed. */
    static String between(Member before, String displayName, String email, Set<String> trades, Set<String> area,
            String story) {
        List<String> changes = new ArrayList<>();
        change(changes, "Name", before.displayName(), displayName);
        change(changes, "E-mail address", before.email(), email);
        change(changes, "Trades", String.join(", ", before.trades()), String.join(", ", trades));
        change(changes, "Works in", String.join(" ", before.serviceArea()), String.join(" ", area));
        if (!Objects.equals(before.story(), story)) {
            changes.add("About them: changed");
        }
        return String.join("; ", changes);
    }

    private static void change(List<String> changes, String what, String before, String after) {
        if (!before.equals(after)) {
            changes.add(what + ": " + (before.isEmpty() ? "none" : before) + " -> " + (after.isEmpty() ? "none" : after));
        }
    }
}
