package coop.market.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingRepository;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.calendar.CalendarLink;
import coop.market.domain.calendar.CalendarLinks;
import coop.market.domain.calendar.CalendarSecret;
import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.listing.Listing;
import coop.market.domain.listing.ListingRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.Money;
import coop.market.spi.PriceUnit;
import coop.market.spi.Trade;
import coop.market.spi.TradeRegistry;
import java.io.StringReader;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CalendarServiceTest {

    private static final Instant NOW = Instant.parse("2027-05-10T09:00:00Z");
    private static final Address HOME = new Address("27 Chipperfield Road", null, "Orpington", "BR5 2QA");

    private final Actor daniel = new Actor("a1", "member@demo.coop", Set.of(Role.MEMBER), "m1", null);
    private final Actor grace = new Actor("a2", "grace@demo.coop", Set.of(Role.MEMBER), "m2", null);
    private final InMemoryLinks links = new InMemoryLinks();
    private final List<Booking> stored = new ArrayList<>();
    private final List<AuditEntry> audited = new ArrayList<>();
    private final CalendarService service = new CalendarService();

    @BeforeEach
    void wire() {
        Map<String, Listing> listingsById = Map.of(
                "l1", new Listing("l1", "m1", "cleaning", "Home cleaning by Daniel", "Homes.", Money.gbp(1500),
                        PriceUnit.HOUR, "{}", null, null, NOW),
                "l2", new Listing("l2", "m1", "pottery", "Pots by Daniel", "Pots.", Money.gbp(1500), PriceUnit.ITEM,
                        "{}", 3, null, NOW));
        Map<String, Customer> customersById = Map.of(
                "c1", new Customer("c1", "Margaret Collins", "customer@demo.coop", HOME, null, NOW),
                "c2", new Customer("c2", "Ann Smith", "office@youth.example", HOME, "Bromley Youth Counselling", NOW));
        service.links = links;
        service.bookings = bookings();
        service.listings = fake(ListingRepository.class, "find", args -> Optional.ofNullable(listingsById.get(args[0])));
        service.customers = fake(CustomerRepository.class, "find",
                args -> Optional.ofNullable(customersById.get(args[0])));
        service.trades = new TradeRegistry(List.of(fake(Trade.class, "code", args -> "cleaning", "name",
                args -> "Cleaning")));
        service.audit = fake(AuditLog.class, "record", args -> audited.add((AuditEntry) args[0]));
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    private Booking book(String id, String listing, String customer, Instant start, BookingStatus status,
            String notes) {
        Booking booking = new Booking(id, listing, "m1", customer, null, status, start, Duration.ofMinutes(90),
                Money.gbp(2250), "[]", "{}", HOME, notes, NOW.minus(Duration.ofHours(1)),
                NOW.plus(Duration.ofHours(47)));
        stored.add(booking);
        return booking;
    }

    @Test
    void aMemberGetsTheSameLinkEachTimeUntilTheyReplaceIt() {
        CalendarSecret first = service.currentSecret(daniel);
        assertEquals(first.token(), links.forMember("m1").orElseThrow().token());
        assertTrue(service.feed(first.token()).isPresent());

        CalendarSecret again = service.currentSecret(daniel);
        assertEquals(first.token(), again.token(), "the same address every time");
        assertEquals(List.of("calendar-link.created"), audited.stream().map(AuditEntry::action).toList(),
                "showing it again is not a change");

        CalendarSecret second = service.newSecret(daniel);
        assertNotEquals(first.token(), second.token());
        assertTrue(service.feed(first.token()).isEmpty(), "the old address stops working");
        assertTrue(service.feed(second.token()).isPresent());
        assertEquals(second.token(), service.currentSecret(daniel).token(), "the new address is shown from now on");
        assertEquals(List.of("calendar-link.created", "calendar-link.replaced"),
                audited.stream().map(AuditEntry::action).toList());
        assertTrue(audited.stream().allMatch(e -> "m1".equals(e.memberId())));
    }

    @Test
    void aNewLinkCanBeMadeWithoutAFirstOne() {
        CalendarSecret secret = service.newSecret(grace);
        assertTrue(service.feed(secret.token()).isPresent());
        assertEquals("m2", links.withToken(secret.token()).orElseThrow().memberId());
        assertEquals(secret.token(), service.currentSecret(grace).token());
        assertEquals(List.of("calendar-link.created"), audited.stream().map(AuditEntry::action).toList());
    }

    @Test
    void eachMemberHasTheirOwnLink() {
        CalendarSecret daniels = service.currentSecret(daniel);
        CalendarSecret graces = service.currentSecret(grace);
        assertNotEquals(daniels.token(), graces.token());
        assertEquals("m1", links.withToken(daniels.token()).orElseThrow().memberId());
        assertEquals("m2", links.withToken(graces.token()).orElseThrow().memberId());
    }

    @Test
    void onlyMembersHaveACalendar() {
        Actor staff = new Actor("a3", "staff@demo.coop", Set.of(Role.STAFF), null, null);
        Actor customer = new Actor("a4", "customer@demo.coop", Set.of(Role.CUSTOMER), null, "c1");
        assertThrows(AccessDeniedException.class, () -> service.currentSecret(staff));
        assertThrows(AccessDeniedException.class, () -> service.currentSecret(null));
        assertThrows(AccessDeniedException.class, () -> service.newSecret(customer));
        assertThrows(AccessDeniedException.class, () -> service.newSecret(null));
        assertTrue(audited.isEmpty());
    }

    @Test
    void unknownOrMalformedSecretsOpenNothing() {
        CalendarSecret secret = service.currentSecret(daniel);
        assertTrue(service.feed(CalendarSecret.generate().token()).isEmpty());
        assertTrue(service.feed("not-a-secret").isEmpty());
        assertTrue(service.feed(null).isEmpty());
        assertTrue(service.feed(secret.token() + "=").isEmpty());
        assertTrue(service.feed(secret.token().substring(1)).isEmpty());
    }

    @Test
    void theFeedShowsLiveWorkInPlainWords() throws Exception {
        Instant confirmedStart = NOW.plus(Duration.ofDays(14));
        Instant requestedStart = NOW.plus(Duration.ofDays(21));
        book("b1", "l1", "c1", confirmedStart, BookingStatus.CONFIRMED, "Key under the mat; dog, friendly");
        book("b2", "l1", "c2", requestedStart, BookingStatus.REQUESTED, null);
        book("b3", "l2", "c1", NOW.plus(Duration.ofDays(28)), BookingStatus.CONFIRMED, null);
        book("b4", "l1", "c1", NOW.minus(Duration.ofDays(40)), BookingStatus.CONFIRMED, null);
        book("b5", "l1", "c1", NOW.minus(Duration.ofDays(20)), BookingStatus.CONFIRMED, null);
        book("b6", "l1", "c1", NOW.plus(Duration.ofDays(35)), BookingStatus.CONFIRMED, null)
                .moveTo(BookingStatus.CANCELLED);
        stored.add(new Booking("b7", "l1", "m1", "c1", null, BookingStatus.REQUESTED, NOW.plus(Duration.ofDays(3)),
                Duration.ofMinutes(60), Money.gbp(1500), "[]", "{}", HOME, null, NOW.minus(Duration.ofDays(3)),
                NOW.minus(Duration.ofDays(1))));
        book("b8", "l1", "c1", NOW.plus(Duration.ofDays(5)), BookingStatus.REQUESTED, null)
                .moveTo(BookingStatus.DECLINED);
        CalendarSecret secret = service.currentSecret(daniel);

        String text = service.feed(secret.token()).orElseThrow();

        var calendar = new CalendarBuilder().build(new StringReader(text));
        assertEquals("Co-op Market: my work", calendar.<Property>getRequiredProperty("X-WR-CALNAME").getValue());
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(List.of("b5@coopmarket", "b1@coopmarket", "b2@coopmarket", "b3@coopmarket"),
                events.stream().map(e -> e.<Property>getRequiredProperty("UID").getValue()).toList(),
                "from 30 days ago, live only: not cancelled, declined or lapsed");
        VEvent confirmed = events.get(1);
        assertEquals("Cleaning for Margaret", value(confirmed, "SUMMARY"));
        assertEquals("27 Chipperfield Road, Orpington, BR5 2QA", value(confirmed, "LOCATION"));
        assertEquals("CONFIRMED", value(confirmed, "STATUS"));
        assertEquals("Home cleaning by Daniel\nConfirmed.\nNotes: Key under the mat; dog, friendly",
                value(confirmed, "DESCRIPTION"));
        assertTrue(text.contains("DTSTART:20270524T090000Z\r\nDTEND:20270524T103000Z\r\n"), text);
        VEvent requested = events.get(2);
        assertEquals("Cleaning for Bromley Youth Counselling", value(requested, "SUMMARY"),
                "an organisation by its name");
        assertEquals("TENTATIVE", value(requested, "STATUS"));
        assertTrue(value(requested, "DESCRIPTION").contains("please confirm or decline"));
        assertEquals("Pots by Daniel for Margaret", value(events.get(3), "SUMMARY"),
                "a trade whose plugin is gone is named by its listing");
        assertFalse(text.contains(secret.token()), "the feed does not repeat its own key");
    }

    @Test
    void aMemberSeesOnlyTheirOwnWork() {
        book("b1", "l1", "c1", NOW.plus(Duration.ofDays(14)), BookingStatus.CONFIRMED, null);
        CalendarSecret graces = service.currentSecret(grace);
        assertFalse(service.feed(graces.token()).orElseThrow().contains("BEGIN:VEVENT"));
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getRequiredProperty(property).getValue();
    }

    /** Bookings as the JPA repository answers {@code liveForMember}. */
    private BookingRepository bookings() {
        return fake(BookingRepository.class, "liveForMember", args -> {
            String memberId = (String) args[0];
            Instant from = (Instant) args[1];
            Instant to = (Instant) args[2];
            Instant now = (Instant) args[3];
            return stored.stream()
                    .filter(b -> b.memberId().equals(memberId) && b.start().isBefore(to) && b.end().isAfter(from))
                    .filter(b -> b.status() == BookingStatus.CONFIRMED
                            || b.status() == BookingStatus.REQUESTED && !b.expiredAt(now))
                    .sorted(Comparator.comparing(Booking::start))
                    .toList();
        });
    }

    /**
     * A stand-in for an interface that answers only the named methods and fails on any other, so the
     * test keeps compiling as the repositories grow.
     */
    private static <T> T fake(Class<T> type, String method, Function<Object[], Object> answer) {
        return fake(type, Map.of(method, answer));
    }

    private static <T> T fake(Class<T> type, String method, Function<Object[], Object> answer, String other,
            Function<Object[], Object> otherAnswer) {
        return fake(type, Map.of(method, answer, other, otherAnswer));
    }

    @SuppressWarnings("unchecked")
    private static <T> T fake(Class<T> type, Map<String, Function<Object[], Object>> answers) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            Function<Object[], Object> answer = answers.get(method.getName());
            if (answer != null) {
                return answer.apply(args);
            }
            return switch (method.getName()) {
                case "toString" -> "fake " + type.getSimpleName();
                case "hashCode" -> System.identityHashCode(proxy);
                case "equals" -> proxy == args[0];
                default -> throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
            };
        });
    }

    private static final class InMemoryLinks implements CalendarLinks {

        private final Map<String, CalendarLink> byMember = new HashMap<>();

        @Override
        public void add(CalendarLink link) {
            if (byMember.putIfAbsent(link.memberId(), link) != null) {
                throw new IllegalStateException("one per member");
            }
        }

        @Override
        public Optional<CalendarLink> forMember(String memberId) {
            return Optional.ofNullable(byMember.get(memberId));
        }

        @Override
        public Optional<CalendarLink> withToken(String token) {
            return byMember.values().stream().filter(l -> l.token().equals(token)).findFirst();
        }
    }
}
