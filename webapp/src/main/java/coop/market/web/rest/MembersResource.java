package coop.market.web.rest;

import coop.market.application.AvailabilityService;
import coop.market.application.ContributionService;
import coop.market.application.PayoutMethodService;
import coop.market.application.CooperativeService;
import coop.market.application.EarningsService;
import coop.market.application.SupportService;
import coop.market.application.MemberService;
import coop.market.domain.account.Role;
import coop.market.domain.member.Member;
import coop.market.domain.payout.ContributionOverride;
import coop.market.domain.shared.NotFoundException;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.List;

/** Members, for co-op staff. */
@Path("/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allow(Role.STAFF)
public class MembersResource {

    @Inject
    MemberService members;

    @Inject
    AvailabilityService availability;

    @Inject
    SupportService support;

    @Inject
    EarningsService earnings;

    @Inject
    CooperativeService cooperative;

    @Inject
    PayoutMethodService payoutMethods;

    @Inject
    ContributionService contributions;

    @Inject
    SignedIn signedIn;

    @Context
    UriInfo uri;

    @POST
    public Response register(MemberDetailsRequest body) {
        Member member = members.register(Bodies.required(body).toCommand(), signedIn.actor().orElseThrow(),
                SiteLinks.of(uri) + "/reset-password.xhtml");
        return Response.created(uri.getAbsolutePathBuilder().path(member.id()).build())
                .entity(MemberDto.of(member))
                .build();
    }

    @GET
    public List<MemberDto> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit, 50, 200);
        return members.list(paging.offset(), paging.limit()).stream().map(MemberDto::of).toList();
    }

    @GET
    @Path("/{id}")
    public MemberDto get(@PathParam("id") String id) {
        return MemberDto.of(members.get(id));
    }

    /** Staff change a member's details (audited); the body is the one that registers them. */
    @PUT
    @Path("/{id}")
    public MemberDto changeDetails(@PathParam("id") String id, MemberDetailsRequest body) {
        return MemberDto.of(members.changeDetails(id, Bodies.required(body).toCommand(),
                signedIn.actor().orElseThrow()));
    }

    /** When the member works; the member may set their own, staff anyone's (audited). */
    @PUT
    @Path("/{id}/availability")
    @Allow({Role.STAFF, Role.MEMBER})
    public AvailabilityDto changeAvailability(@PathParam("id") String id, AvailabilityDto body) {
        return AvailabilityDto.of(availability.change(id, Bodies.required(body).toChange(),
                signedIn.actor().orElseThrow()));
    }

    @GET
    @Path("/{id}/availability")
    @Allow({Role.STAFF, Role.MEMBER})
    public AvailabilityDto availability(@PathParam("id") String id) {
        return AvailabilityDto.of(availability.get(id, signedIn.actor().orElseThrow()));
    }

    /** The member's circle of support; the member sees their own, staff anyone's. */
    @GET
    @Path("/{id}/supporters")
    @Allow({Role.STAFF, Role.MEMBER})
    public List<SupporterDto> supporters(@PathParam("id") String id) {
        return support.circle(id, signedIn.actor().orElseThrow()).stream()
                .map(view -> SupporterDto.of(view, cooperative.zone())).toList();
    }

    /**
     * Names a supporter. Someone without an account gets one and an e-mail to choose a password;
     * an existing account is given the supporter role.
     */
    @POST
    @Path("/{id}/supporters")
    @Allow({Role.STAFF, Role.MEMBER})
    public Response nameSupporter(@PathParam("id") String id, NewSupporterRequest body) {
        SupportService.SupporterView view = support.name(id, Bodies.required(body).toCommand(),
                signedIn.actor().orElseThrow(), SiteLinks.of(uri) + "/reset-password.xhtml");
        return Response.created(uri.getAbsolutePathBuilder().path(view.id()).build())
                .entity(SupporterDto.of(view, cooperative.zone()))
                .build();
    }

    /** Takes someone out of the circle at once. */
    @DELETE
    @Path("/{id}/supporters/{supporterId}")
    @Allow({Role.STAFF, Role.MEMBER})
    public Response endSupporter(@PathParam("id") String id, @PathParam("supporterId") String supporterId) {
        support.end(id, supporterId, signedIn.actor().orElseThrow());
        return Response.noContent().build();
    }

    /** What staff and supporters have done on the member's behalf, newest first. */
    @GET
    @Path("/{id}/audit")
    public List<AuditEntryDto> audit(@PathParam("id") String id, @QueryParam("limit") String limit) {
        Paging paging = Paging.of(null, limit, 100, 500);
        return members.audit(id, paging.limit(), signedIn.actor().orElseThrow()).stream()
                .map(entry -> AuditEntryDto.of(entry, cooperative.zone())).toList();
    }

    /**
     * Pauses the member from one day to another (both included): no new work can be booked then,
     * and the answer lists the live bookings in those days, for staff to give to another member
     * ({@code POST /bookings/{id}/reassign}) or cancel.
     */
    @POST
    @Path("/{id}/pause")
    public PauseDto pause(@PathParam("id") String id, PauseRequest body) {
        PauseRequest request = Bodies.required(body);
        var affected = availability.pause(id, request.from(), request.to(), request.reason(),
                signedIn.actor().orElseThrow());
        return new PauseDto(request.from().strip(), request.to().strip(),
                affected.stream().map(b -> BookingDto.of(b, cooperative.zone())).toList());
    }

    /** How the member is paid; sort code and account number come back masked. 404 until it is set. */
    @GET
    @Path("/{id}/payout-method")
    public PayoutMethodDto payoutMethod(@PathParam("id") String id) {
        return payoutMethods.get(id, signedIn.actor().orElseThrow()).map(PayoutMethodDto::of)
                .orElseThrow(() -> new NotFoundException("Pay-out method of member", id));
    }

    @PUT
    @Path("/{id}/payout-method")
    public PayoutMethodDto setPayoutMethod(@PathParam("id") String id, PayoutMethodDto body) {
        return PayoutMethodDto.of(payoutMethods.set(id, Bodies.required(body).toCommand(),
                signedIn.actor().orElseThrow()));
    }

    /** The member's own contribution rates (e.g. waived for their first months), oldest first. */
    @GET
    @Path("/{id}/contribution-overrides")
    public List<ContributionOverrideDto> contributionOverrides(@PathParam("id") String id) {
        return contributions.overrides(id, signedIn.actor().orElseThrow()).stream()
                .map(ContributionOverrideDto::of).toList();
    }

    @POST
    @Path("/{id}/contribution-overrides")
    public Response addContributionOverride(@PathParam("id") String id, ContributionOverrideDto body) {
        ContributionOverride override = contributions.addOverride(id, Bodies.required(body).toCommand(),
                signedIn.actor().orElseThrow());
        return Response.status(Response.Status.CREATED).entity(ContributionOverrideDto.of(override)).build();
    }

    /** Sets the member's benefit earnings limit from a day on (audited); earlier periods keep theirs. */
    @PUT
    @Path("/{id}/earnings-limit")
    public JsonObject setEarningsLimit(@PathParam("id") String id, EarningsLimitRequest body) {
        return EarningsJson.limit(earnings.setLimit(id, Bodies.required(body).toCommand(),
                signedIn.actor().orElseThrow()));
    }

    /** The member's earnings in every benefit period touching from..to; without dates, this period and the next. */
    @GET
    @Path("/{id}/earnings")
    public JsonObject earnings(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return EarningsJson.periods(earnings.earnings(id, from, to, signedIn.actor().orElseThrow()));
    }

    /** Records an allowable expense of the member's business (audited); it lowers their earnings in its period. */
    @POST
    @Path("/{id}/expenses")
    public Response addExpense(@PathParam("id") String id, NewExpenseRequest body) {
        ExpenseDto expense = ExpenseDto.of(earnings.addExpense(id, Bodies.required(body).toCommand(),
                signedIn.actor().orElseThrow()));
        return Response.created(uri.getAbsolutePathBuilder().queryParam("from", expense.date())
                .queryParam("to", expense.date()).build()).entity(expense).build();
    }

    /** The member's expenses dated from..to (both included; either may be left out), by date. */
    @GET
    @Path("/{id}/expenses")
    public List<ExpenseDto> expenses(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return earnings.expenses(id, from, to, signedIn.actor().orElseThrow()).stream().map(ExpenseDto::of).toList();
    }

    /** Records admin time (audited): it counts towards the weekly hours of permitted work. */
    @POST
    @Path("/{id}/admin-hours")
    public Response addAdminHours(@PathParam("id") String id, NewAdminHoursRequest body) {
        AdminHoursDto hours = AdminHoursDto.of(earnings.addAdminHours(id, Bodies.required(body).toCommand(),
                signedIn.actor().orElseThrow()));
        return Response.created(uri.getBaseUriBuilder().path("members").path(id).path("earnings")
                .queryParam("from", hours.date()).queryParam("to", hours.date()).build()).entity(hours).build();
    }
}
