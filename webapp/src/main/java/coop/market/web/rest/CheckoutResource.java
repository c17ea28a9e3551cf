package coop.market.web.rest;

import coop.market.application.CheckoutService;
import coop.market.application.CooperativeService;
import coop.market.application.SavedCardService;
import coop.market.domain.account.Role;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/**
 * Checking out a basket of bookings and products at once, all or nothing (an addition to the contract, for
 * integrations and the coming basket pages): 201 with what was made; a refusal names the item and makes nothing.
 */
@Path("/checkout")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckoutResource {

    @Inject
    CheckoutService checkout;

    @Inject
    CooperativeService cooperative;

    @Inject
    SavedCardService savedCards;

    @Inject
    SignedIn signedIn;

    @Context
    UriInfo uri;

    /** 201, with the order's address as the {@code Location} (the first booking's, when nothing was ordered). */
    @POST
    @Allow({Role.STAFF, Role.CUSTOMER})
    public Response checkout(CheckoutRequest body) {
        CheckoutRequest request = Bodies.required(body);
        CheckoutService.Checkout made = checkout.checkout(request.toBasket(), request.customerId(),
                signedIn.actor().orElseThrow());
        // Committed: an order paid for now from the card the customer saved before is charged at once.
        made.orderInvoice().ifPresent(invoice -> savedCards.chargeFor(invoice.id()));
        URI location = made.productOrder()
                .map(order -> uri.getBaseUriBuilder().path("orders").path(order.id()).build())
                .orElseGet(() -> uri.getBaseUriBuilder().path("bookings").path(made.bookings().get(0).get(0).id())
                        .build());
        return Response.created(location).entity(CheckoutDto.of(made, cooperative.zone())).build();
    }
}
