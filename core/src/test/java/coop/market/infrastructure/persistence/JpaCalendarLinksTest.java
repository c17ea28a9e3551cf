package coop.market.infrastructure.persistence;

import static coop.market.infrastructure.persistence.Fixtures.member;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.calendar.CalendarLink;
import coop.market.domain.calendar.CalendarSecret;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaCalendarLinksTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    private final CalendarSecret secret = CalendarSecret.generate();

    @BeforeEach
    void members() {
        db.inTransaction(em -> {
            JpaMemberRepository members = new JpaMemberRepository(em);
            members.add(member("m1", "Daniel Hughes", Set.of("cleaning"), Set.of("BR5")));
            members.add(member("m2", "Grace Adeyemi", Set.of("cleaning"), Set.of("BR5")));
        });
    }

    @Test
    void storesTheTokenAndFindsTheLinkByIt() {
        Instant made = Instant.parse("2027-03-01T10:15:30.123456Z");
        db.inTransaction(em -> new JpaCalendarLinks(em).add(new CalendarLink("m1", secret.token(), made)));

        JpaCalendarLinks links = new JpaCalendarLinks(db.entityManager());
        assertEquals("m1", links.withToken(secret.token()).orElseThrow().memberId());
        CalendarLink stored = links.forMember("m1").orElseThrow();
        assertEquals(secret.token(), stored.token(), "kept exactly, so the same address can be shown again");
        assertEquals(made, stored.createdAt());
        assertTrue(links.withToken(CalendarSecret.generate().token()).isEmpty());
        assertTrue(links.withToken(null).isEmpty());
        assertTrue(links.forMember("m2").isEmpty());
        assertTrue(links.forMember(null).isEmpty());
    }

    @Test
    void tokensAreComparedExactlyCaseIncluded() {
        String token = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE";
        db.inTransaction(em -> new JpaCalendarLinks(em).add(new CalendarLink("m1", token, Fixtures.T0)));

        JpaCalendarLinks links = new JpaCalendarLinks(db.entityManager());
        assertEquals("m1", links.withToken(token).orElseThrow().memberId());
        assertTrue(links.withToken(token.toLowerCase()).isEmpty());
        assertTrue(links.withToken(token.toUpperCase()).isEmpty());
        assertTrue(links.withToken(token.substring(0, 42)).isEmpty());
    }

    @Test
    void replacingTheSecretMeansTheOldOneFindsNothing() {
        db.inTransaction(em -> new JpaCalendarLinks(em).add(new CalendarLink("m1", secret.token(),
                Fixtures.T0)));
        CalendarSecret next = CalendarSecret.generate();
        db.inTransaction(em -> new JpaCalendarLinks(em).forMember("m1").orElseThrow()
                .replace(next.token(), Fixtures.at(60)));

        JpaCalendarLinks links = new JpaCalendarLinks(db.entityManager());
        assertTrue(links.withToken(secret.token()).isEmpty());
        assertEquals("m1", links.withToken(next.token()).orElseThrow().memberId());
        assertEquals(Fixtures.at(60), links.forMember("m1").orElseThrow().createdAt());
    }

    @Test
    void oneLinkPerMemberAndNoTokenTwice() {
        db.inTransaction(em -> new JpaCalendarLinks(em).add(new CalendarLink("m1", secret.token(),
                Fixtures.T0)));

        Constraints.assertRefusedWith(Constraints.UNIQUE_VIOLATION, () -> db.inTransaction(em ->
                new JpaCalendarLinks(em).add(new CalendarLink("m1", CalendarSecret.generate().token(),
                        Fixtures.T0))));
        Constraints.assertRefusedWith(Constraints.UNIQUE_VIOLATION, () -> db.inTransaction(em ->
                new JpaCalendarLinks(em).add(new CalendarLink("m2", secret.token(), Fixtures.T0))));
    }

    @Test
    void aLinkBelongsToAMemberWhoExists() {
        Constraints.assertRefusedWith(Constraints.FOREIGN_KEY_VIOLATION, () -> db.inTransaction(em ->
                new JpaCalendarLinks(em).add(new CalendarLink("nobody", secret.token(), Fixtures.T0))));
    }
}
