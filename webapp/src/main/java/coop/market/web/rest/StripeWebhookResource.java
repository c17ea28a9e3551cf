package coop.market.web.rest;

import coop.market.application.CardPaymentService;
import coop.market.application.CardPaymentSteps;
import coop.market.web.security.Public;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Where Stripe sends its events. No session: the signature over the raw body is the proof it is Stripe's.
 * A wrong signature is 400; an event handled before, or not about our payments, is acknowledged (200) so
 * Stripe stops sending it.
 */
@Path("/stripe/webhook")
@RequestScoped
public class StripeWebhookResource {

    @Inject
    CardPaymentService cards;

    @POST
    @Public
    @Produces(MediaType.APPLICATION_JSON)
    public Response receive(String payload, @HeaderParam("Stripe-Signature") String signature) {
        CardPaymentSteps.Outcome outcome = cards.receive(payload == null ? "" : payload,
                signature == null ? "" : signature);
        if (outcome == CardPaymentSteps.Outcome.NOT_SIGNED) {
            return Problems.response(400, "Not signed by Stripe", "The Stripe-Signature header is missing, does not"
                    + " match this body, or is more than five minutes old.", "bad-signature");
        }
        return Response.ok(Json.createObjectBuilder().add("received", true)
                .add("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)).build().toString()).build();
    }
}
