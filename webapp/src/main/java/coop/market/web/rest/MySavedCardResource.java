package coop.market.web.rest;

import coop.market.application.SavedCardService;
import coop.market.domain.account.Role;
import coop.market.domain.cardpayment.CardIntent;
import coop.market.domain.cardpayment.SavedCard;
import coop.market.web.security.Allow;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The signed-in customer's saved card: the one the co-op takes an invoice's money from when it is issued. Saving
 * one starts a Stripe setup whose client secret the browser's Stripe.js uses; the card is saved when Stripe's
 * {@code setup_intent.succeeded} webhook says so. Removing forgets it here (409 while card payments are off).
 */
@Path("/me/card")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Allow(Role.CUSTOMER)
public class MySavedCardResource {

    @Inject
    SavedCardService savedCards;

    @Inject
    SignedIn signedIn;

    /** The card, as "Visa ending 4242"; 404 when none is saved. */
    @GET
    public Response get() {
        return savedCards.card(signedIn.actor().orElseThrow()).flatMap(SavedCard::description)
                .map(card -> Response.ok(Json.createObjectBuilder().add("card", card).build().toString()).build())
                .orElseGet(() -> Problems.response(404, "No saved card", "You have no card saved.", "no-saved-card"));
    }

    /** Starts saving a card: the setup's id and the client secret Stripe.js saves it with. */
    @POST
    @Path("setup")
    public Response setup() {
        CardIntent setup = savedCards.startSetup(signedIn.actor().orElseThrow());
        return Response.ok(Json.createObjectBuilder().add("setupIntentId", setup.intentId())
                .add("clientSecret", setup.clientSecret()).build().toString()).build();
    }

    @DELETE
    public Response remove() {
        savedCards.forget(signedIn.actor().orElseThrow());
        return Response.noContent().build();
    }
}
