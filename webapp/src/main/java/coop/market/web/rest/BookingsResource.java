package coop.market.web.rest;

import coop.market.application.BookingService;
import coop.market.application.BookingService.Action;
import coop.market.application.CooperativeService;
import coop.market.application.LimitOverride;
import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.booking.Booking;
import coop.market.domain.booking.BookingQuery;
import coop.market.domain.booking.BookingStatus;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.InvalidInputException;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Bookings of members' services: customers book, members answer, staff do either for them. */
@Path("/bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allow({Role.STAFF, Role.MEMBER, Role.CUSTOMER, Role.SUPPORTER})
public class BookingsResource {

    @Inject
    BookingService bookings;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    @Context
    UriInfo uri;

    @POST
    @Allow({Role.STAFF, Role.CUSTOMER})
    public Response book(NewBookingRequest body) {
        List<Booking> made = bookings.request(Bodies.required(body).toCommand(), actor());
        Booking first = made.get(0);
        ZoneId zone = cooperative.zone();
        BookingDto answer = first.seriesId().isPresent() ? BookingDto.of(first, made, zone) : BookingDto.of(first, zone);
        return Response.created(uri.getAbsolutePathBuilder().path(first.id()).build()).entity(answer).build();
    }

    /**
     * Confirms the request; with {@code ?scope=series}, every open request of its series. Work that would take
     * the member over their earnings limit is refused (409 earnings-limit) unless staff send
     * {@code {"override": true, "reason": "..."}} (see {@link ConfirmRequest}).
     */
    @POST
    @Path("/{id}/confirm")
    public BookingDto confirm(@PathParam("id") String id, @QueryParam("scope") String scope, String body) {
        return act(id, Action.CONFIRM, scope, "series", ConfirmRequest.override(body));
    }

    @POST
    @Path("/{id}/decline")
    public BookingDto decline(@PathParam("id") String id) {
        return act(id, Action.DECLINE);
    }

    /** Cancels the booking; with {@code ?scope=following}, this one and every later one of its series. */
    @POST
    @Path("/{id}/cancel")
    public BookingDto cancel(@PathParam("id") String id, @QueryParam("scope") String scope) {
        return act(id, Action.CANCEL, scope, "following", null);
    }

    @POST
    @Path("/{id}/complete")
    public BookingDto complete(@PathParam("id") String id) {
        return act(id, Action.COMPLETE);
    }

    /** The customer was not there, so the work could not be done. */
    @POST
    @Path("/{id}/no-show")
    public BookingDto noShow(@PathParam("id") String id) {
        return act(id, Action.NO_SHOW);
    }

    /** Moves the booking to another free start: {@code {"start": "2027-05-12T10:00"}}. */
    @POST
    @Path("/{id}/reschedule")
    public BookingDto reschedule(@PathParam("id") String id, RescheduleRequest body) {
        return BookingDto.of(bookings.reschedule(id, Bodies.required(body).start(), actor()), cooperative.zone());
    }

    /**
     * Gives the work to another member of the same trade (staff only), e.g. when its member is
     * paused: {@code {"memberId": "..."}}. Time, price and history stay.
     */
    @POST
    @Path("/{id}/reassign")
    @Allow(Role.STAFF)
    public BookingDto reassign(@PathParam("id") String id, ReassignRequest body) {
        return BookingDto.of(bookings.reassign(id, Bodies.required(body).memberId(), actor()), cooperative.zone());
    }

    /** Everything that happened to the booking, oldest first. */
    @GET
    @Path("/{id}/history")
    public List<BookingEventDto> history(@PathParam("id") String id) {
        ZoneId zone = cooperative.zone();
        return bookings.history(id, actor()).stream().map(e -> BookingEventDto.of(e, zone)).toList();
    }

    @GET
    @Path("/{id}")
    public BookingDto get(@PathParam("id") String id) {
        return BookingDto.of(bookings.get(id, actor()), cooperative.zone());
    }

    /** Bookings starting on the days from..to (both included); members and customers see only their own. */
    @GET
    public List<BookingDto> search(@QueryParam("memberId") String memberId,
            @QueryParam("customerId") String customerId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("status") String status, @QueryParam("offset") String offset,
            @QueryParam("limit") String limit) {
        ZoneId zone = cooperative.zone();
        FieldErrors errors = new FieldErrors();
        LocalDate first = Dates.parse("from", from, null, errors);
        LocalDate last = Dates.parse("to", to, null, errors);
        BookingStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = BookingStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("status", "Use one of REQUESTED, CONFIRMED, DECLINED, CANCELLED, COMPLETED, NO_SHOW");
            }
        }
        errors.throwIfAny();
        Paging paging = Paging.of(offset, limit, 100, 500);
        Instant fromInstant = first == null ? null : first.atStartOfDay(zone).toInstant();
        Instant toInstant = last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant();
        return bookings.search(new BookingQuery(blank(memberId), blank(customerId), fromInstant, toInstant, wanted,
                        paging.offset(), paging.limit()), actor()).stream()
                .map(b -> BookingDto.of(b, zone))
                .toList();
    }

    private BookingDto act(String id, Action action) {
        return BookingDto.of(bookings.act(id, action, actor()), cooperative.zone());
    }

    /**
     * One booking, or (with the scope named) the part of its series the action reaches.
     *
     * @param override staff's earnings limit override, for confirming; or null
     */
    private BookingDto act(String id, Action action, String scope, String seriesScope, LimitOverride override) {
        if (scope == null || scope.isBlank() || scope.equalsIgnoreCase("this")) {
            return BookingDto.of(bookings.act(id, action, actor(), override), cooperative.zone());
        }
        if (!scope.equalsIgnoreCase(seriesScope)) {
            throw new InvalidInputException("scope", "Use scope=this or scope=" + seriesScope);
        }
        List<Booking> moved = bookings.actOnSeries(id, action, actor(), override);
        return BookingDto.of(bookings.get(id, actor()), moved, cooperative.zone());
    }

    private Actor actor() {
        return signedIn.actor().orElseThrow();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
