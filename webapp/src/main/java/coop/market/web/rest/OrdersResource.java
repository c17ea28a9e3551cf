package coop.market.web.rest;

import coop.market.application.CooperativeService;
import coop.market.application.OrderService;
import coop.market.application.VisibleOrder;
import coop.market.domain.account.Actor;
import coop.market.domain.account.Role;
import coop.market.domain.order.OrderQuery;
import coop.market.domain.order.ProductOrder;
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
import java.util.List;

/** Orders of members' products: customers order, members say their items are ready, staff hand orders over. */
@Path("/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Allow({Role.STAFF, Role.MEMBER, Role.CUSTOMER})
public class OrdersResource {

    @Inject
    OrderService orders;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    @Context
    UriInfo uri;

    /** Places an order; too few of an item in stock is 409 {@code /problems/not-enough-stock}. */
    @POST
    @Allow({Role.STAFF, Role.CUSTOMER})
    public Response place(NewOrderRequest body) {
        ProductOrder order = orders.place(Bodies.required(body).toCommand(), actor());
        return Response.created(uri.getAbsolutePathBuilder().path(order.id()).build())
                .entity(dto(orders.get(order.id(), actor()))).build();
    }

    /** The member's items are ready; staff may name one member with {@code ?memberId=}, or mark every item. */
    @POST
    @Path("/{id}/ready")
    public OrderDto ready(@PathParam("id") String id, @QueryParam("memberId") String memberId) {
        return dto(orders.markReady(id, memberId, actor()));
    }

    /** Collected or delivered (staff). */
    @POST
    @Path("/{id}/fulfil")
    public OrderDto fulfil(@PathParam("id") String id) {
        return dto(orders.fulfil(id, actor()));
    }

    @POST
    @Path("/{id}/cancel")
    public OrderDto cancel(@PathParam("id") String id) {
        return dto(orders.cancel(id, actor()));
    }

    @GET
    @Path("/{id}")
    public OrderDto get(@PathParam("id") String id) {
        return dto(orders.get(id, actor()));
    }

    /** Orders, newest first: staff any (by customer, by member), customers their own, members those with their items. */
    @GET
    public List<OrderDto> search(@QueryParam("customerId") String customerId, @QueryParam("memberId") String memberId,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        Paging paging = Paging.of(offset, limit, 100, 500);
        return orders.search(new OrderQuery(blank(customerId), blank(memberId), paging.offset(), paging.limit()),
                actor()).stream().map(this::dto).toList();
    }

    private OrderDto dto(VisibleOrder order) {
        return OrderDto.of(order, cooperative.zone());
    }

    private Actor actor() {
        return signedIn.actor().orElseThrow();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
