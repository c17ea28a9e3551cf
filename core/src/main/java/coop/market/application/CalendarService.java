package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingRepository;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.calendar.CalendarLink;
import coop.market.domain.calendar.CalendarLinks;
import coop.market.domain.calendar.CalendarSecret;
import coop.market.domain.customer.Customer;
import coop.market.domain.customer.CustomerKind;
import coop.market.domain.customer.CustomerRepository;
import coop.market.domain.listing.Listing;
import coop.market.domain.listing.ListingRepository;
import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.shared.Address;
import coop.market.domain.shared.Ids;
import coop.market.infrastructure.calendar.ICalendarWriter;
import coop.market.spi.TradeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A member's work in their own calendar app: a secret feed address per member, and the feed
 * itself, in iCalendar. The address is the only key to the feed. Its secret ({@link CalendarSecret})
 * is kept as it is, so the member can see the address again whenever they ask, for instance to add
 * it to another phone: it opens only a read-only list of their job times and places, and replacing
 * it revokes the old address at once.
 */
@ApplicationScoped
@Transactional
public class CalendarService {

    /** The feed's name in calendar apps. */
    public static final String CALENDAR_NAME = "Co-op Market: my work";

    /** How far back the feed reaches, in days, so the last weeks' work stays in the member's calendar. */
    static final int PAST_DAYS = 30;

    static final Duration PAST = Duration.ofDays(PAST_DAYS);

    /** How far ahead it reaches: well past any booking horizon. */
    static final Duration AHEAD = Duration.ofDays(3 * 366);

    /** How often calendar apps are asked to fetch it again. */
    static final Duration REFRESH = Duration.ofHours(1);

    @Inject
    CalendarLinks links;

    @Inject
    BookingRepository bookings;

    @Inject
    ListingRepository listings;

    @Inject
    CustomerRepository customers;

    @Inject
    TradeRegistry trades;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /**
     * The member's feed secret: the one they have, or, if they have none yet, a new one made now.
     * Asked again, it gives the same secret until the member replaces it with {@link #newSecret}.
     */
    public CalendarSecret currentSecret(Actor actor) {
        String memberId = memberOf(actor);
        Optional<CalendarLink> existing = links.forMember(memberId);
        if (existing.isPresent()) {
            return CalendarSecret.of(existing.get().token());
        }
        CalendarSecret secret = CalendarSecret.generate();
        Instant now = clock.instant();
        links.add(new CalendarLink(memberId, secret.token(), now));
        audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), memberId,
                "calendar-link.created", null));
        return secret;
    }

    /** A new feed secret for the member; the address with their old one, if any, stops working at once. */
    public CalendarSecret newSecret(Actor actor) {
        String memberId = memberOf(actor);
        CalendarSecret secret = CalendarSecret.generate();
        Instant now = clock.instant();
        Optional<CalendarLink> existing = links.forMember(memberId);
        if (existing.isPresent()) {
            existing.get().replace(secret.token(), now);
        } else {
            links.add(new CalendarLink(memberId, secret.token(), now));
        }
        audit.record(new AuditEntry(Ids.newId(), now, actor.accountId(), actor.email(), memberId,
                existing.isPresent() ? "calendar-link.replaced" : "calendar-link.created", null));
        return secret;
    }

    /**
     * The feed opened by this secret: the member's live bookings (requested and not lapsed, or
     * confirmed) from {@value #PAST_DAYS} days ago onwards, as iCalendar. Empty for a secret that opens
     * nothing, including one that has been replaced.
     */
    public Optional<String> feed(String token) {
        if (!CalendarSecret.wellFormed(token)) {
            return Optional.empty();
        }
        return links.withToken(token).map(link -> {
            Instant now = clock.instant();
            List<Booking> work = bookings.liveForMember(link.memberId(), now.minus(PAST), now.plus(AHEAD), now);
            WorkDescriptions names = new WorkDescriptions(listings, customers, trades);
            List<ICalendarWriter.Event> events = work.stream()
                    .filter(b -> b.status() == BookingStatus.CONFIRMED
                            || b.status() == BookingStatus.REQUESTED && !b.expiredAt(now))
                    .map(b -> event(b, names))
                    .toList();
            return ICalendarWriter.write(CALENDAR_NAME, now, REFRESH, events);
        });
    }

    private static ICalendarWriter.Event event(Booking booking, WorkDescriptions names) {
        Optional<Listing> listing = names.listing(booking);
        String trade = names.trade(booking);
        String customer = names.customer(booking);
        boolean requested = booking.status() == BookingStatus.REQUESTED;
        String description = Stream.of(listing.map(Listing::title).orElse(null),
                        requested ? "Requested: please confirm or decline it in Co-op Market." : "Confirmed.",
                        booking.notes() == null || booking.notes().isBlank() ? null : "Notes: " + booking.notes().strip())
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"));
        return new ICalendarWriter.Event(booking.id() + "@coopmarket", booking.start(), booking.end(),
                trade + " for " + customer, place(booking.address()), description,
                requested ? ICalendarWriter.Status.TENTATIVE : ICalendarWriter.Status.CONFIRMED,
                booking.createdAt());
    }

    /** "Margaret" for Margaret Collins; an organisation by its name. */
    static String customerName(Customer customer) {
        if (customer.kind() == CustomerKind.ORGANISATION && customer.organisation() != null) {
            return customer.organisation();
        }
        String name = customer.name().strip();
        return name.isEmpty() ? "a customer" : name.split("\\s+")[0];
    }

    /** "27 Chipperfield Road, Orpington, BR5 2QA". */
    public static String place(Address address) {
        return Stream.of(address.line1(), address.line2(), address.town(), address.postcode())
                .filter(s -> s != null && !s.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(", "));
    }

    private static String memberOf(Actor actor) {
        if (actor == null || actor.member().isEmpty()) {
            throw new AccessDeniedException("Only members have a calendar of their work");
        }
        return actor.member().get();
    }
}
