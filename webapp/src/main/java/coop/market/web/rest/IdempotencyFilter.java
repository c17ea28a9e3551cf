package coop.market.web.rest;

import coop.market.application.IdempotencyService;
import coop.market.application.IdempotencyService.Decision;
import coop.market.domain.account.Actor;
import coop.market.web.security.SignedIn;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The contract's idempotency: a POST may carry {@code Idempotency-Key}; a repeat with the same key
 * and body gets the first answer again (and the work is not done twice), the same key with
 * another body is refused with 422. Keys belong to the caller who sent them. Answers of 500 or
 * more are not kept, so a request that failed can simply be retried.
 */
@Provider
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";

    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdempotencyService idempotency;

    @Inject
    SignedIn signedIn;

    private record Claim(String caller, String key) {
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (!HttpMethod.POST.equals(request.getMethod()) || key == null) {
            return;
        }
        if (key.isBlank() || key.length() > IdempotencyService.MAX_KEY_LENGTH) {
            request.abortWith(Problems.response(400, "Malformed request", "An Idempotency-Key must be 1 to "
                    + IdempotencyService.MAX_KEY_LENGTH + " characters.", "malformed"));
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String caller = signedIn.actor().map(Actor::email).orElse("anonymous");
        String line = request.getMethod() + " " + request.getUriInfo().getPath();
        Decision decision = idempotency.begin(caller, key, line, sha256(body));
        switch (decision.outcome()) {
            case FIRST -> request.setProperty(CLAIM, new Claim(caller, key));
            case REPLAY -> request.abortWith(replay(decision));
            case MISMATCH -> request.abortWith(Problems.response(422, "Idempotency key reused",
                    "This Idempotency-Key was first used with another request. Use a new key for a new request.",
                    "idempotency-key-reused"));
            case IN_PROGRESS -> request.abortWith(Problems.response(409, "Still working on it",
                    "The first request with this Idempotency-Key has not finished yet. Try again shortly.",
                    "idempotency-key-in-progress"));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claim claim)) {
            return;
        }
        if (response.getStatus() >= 500) {
            idempotency.release(claim.caller(), claim.key());
            return;
        }
        Object entity = response.getEntity();
        String body = entity == null ? null : entity instanceof String text ? text : JSON.toJson(entity);
        String location = response.getHeaderString(HttpHeaders.LOCATION);
        String type = response.getMediaType() == null ? null : response.getMediaType().toString();
        idempotency.answer(claim.caller(), claim.key(), response.getStatus(), type, location, body);
    }

    private static Response replay(Decision decision) {
        var earlier = decision.earlier();
        Response.ResponseBuilder answer = Response.status(earlier.status()).header("Idempotent-Replayed", "true");
        if (earlier.responseBody() != null) {
            answer.entity(earlier.responseBody()).type(earlier.contentType());
        }
        if (earlier.location() != null) {
            answer.header(HttpHeaders.LOCATION, earlier.location());
        }
        return answer.build();
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
