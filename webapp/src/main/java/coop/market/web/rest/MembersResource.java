package coop.market.web.rest;

import coop.market.application.AvailabilityService;
import coop.market.application.MemberService;
import coop.market.domain.account.Role;
import coop.market.domain.member.Member;
import coop.market.web.security.Allow;
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
    SignedIn signedIn;

    @Context
    UriInfo uri;

    @POST
    public Response register(NewMemberRequest body) {
        Member member = members.register(Bodies.required(body).toCommand(), signedIn.actor().orElseThrow());
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
}
