package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.member.Member;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class MemberChangesTest {

    private final Member daniel = new Member("m1", "Dan", "dan@example.org", Set.of("cleaning"), Set.of("BR5"),
            "I like tidy gardens.", Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void nothingChangedSaysNothing() {
        assertEquals("", MemberChanges.between(daniel, "Dan", "dan@example.org", Set.of("cleaning"), Set.of("BR5"),
                "I like tidy gardens."));
    }

    @Test
    void eachChangedItemIsNamedWithItsOldAndNewValueAndTheStoryOnlyAsChanged() {
        assertEquals("Name: Dan -> Daniel Hughes; E-mail address: dan@example.org -> daniel@example.org;"
                        + " Trades: cleaning -> cleaning, gardening; Works in: BR5 -> none; About them: changed",
                MemberChanges.between(daniel, "Daniel Hughes", "daniel@example.org",
                        new TreeSet<>(Set.of("gardening", "cleaning")), Set.of(), null));
    }

    @Test
    void theMemberTakesTheNewDetails() {
        daniel.changeDetails("Daniel Hughes", " Daniel@Example.org ", Set.of("gardening"), Set.of("BR6", "BR5"),
                null);
        assertEquals("Daniel Hughes", daniel.displayName());
        assertEquals("daniel@example.org", daniel.email());
        assertEquals(Set.of("gardening"), daniel.trades());
        assertEquals(Set.of("BR5", "BR6"), daniel.serviceArea());
        assertEquals(null, daniel.story());
    }
}
