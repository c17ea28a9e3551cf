package coop.market.web.rest;

import coop.market.application.AvailabilityService;
import coop.market.application.CooperativeService;
import coop.market.application.ListingDetails;
import coop.market.application.ListingService;
import coop.market.domain.account.Role;
import coop.market.domain.shared.FieldErrors;
import coop.market.web.security.Allow;
import coop.market.web.security.Public;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** What members offer: public to browse, listed by staff. */
@Path("/listings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ListingsResource {

    @Inject
    ListingService listings;

    @Inject
    AvailabilityService availability;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    @Context
    UriInfo uri;

    @POST
    @Allow(Role.STAFF)
    public Response create(NewListingRequest body) {
        ListingDetails created = listings.create(Bodies.required(body).toCommand(), signedIn.actor().orElseThrow());
        return Response.created(uri.getAbsolutePathBuilder().path(created.listing().id()).build())
                .entity(ListingDto.of(created))
                .build();
    }

    /** Staff change a listing, or take it out of the shop and put it back ({@code active}). */
    @PUT
    @Path("/{id}")
    @Allow(Role.STAFF)
    public ListingDto change(@PathParam("id") String id, ListingChangeRequest body) {
        return ListingDto.of(listings.change(id, Bodies.required(body).toCommand(), signedIn.actor().orElseThrow()));
    }

    @GET
    @Public
    public List<ListingDto> search(@QueryParam("trade") String trade, @QueryParam("postcode") String postcode,
            @QueryParam("q") String words, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit, 50, ListingService.MAX_PAGE);
        return listings.search(trade, postcode, words, paging.offset(), paging.limit()).stream()
                .map(ListingDto::of)
                .toList();
    }

    @GET
    @Path("/{id}")
    @Public
    public ListingDto get(@PathParam("id") String id) {
        return ListingDto.of(listings.get(id));
    }

    /** Free starts for this listing's job, on the days from..to (both included; four weeks from today by default). */
    @GET
    @Path("/{id}/availability")
    @Public
    public SlotsDto availability(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("durationMinutes") String durationMinutes) {
        ZoneId zone = cooperative.zone();
        FieldErrors errors = new FieldErrors();
        LocalDate first = Dates.parse("from", from, LocalDate.now(zone), errors);
        LocalDate last = Dates.parse("to", to, first.plusDays(27), errors);
        Integer minutes = null;
        if (durationMinutes != null && !durationMinutes.isBlank()) {
            try {
                minutes = Integer.valueOf(durationMinutes.strip());
            } catch (NumberFormatException e) {
                errors.add("durationMinutes", "Use a whole number of minutes");
            }
        }
        errors.throwIfAny();
        return SlotsDto.of(availability.slots(id, first, last, minutes), zone);
    }
}
