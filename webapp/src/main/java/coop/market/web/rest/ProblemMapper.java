package coop.market.web.rest;

import coop.market.domain.shared.AccessDeniedException;
import coop.market.domain.earnings.EarningsLimitException;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import coop.market.domain.cardpayment.CardProcessorException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception into a problem document with the right status. Bad input is the
 * caller's to fix (400/422) and never a 500; a real fault is logged here and answered without
 * a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        InvalidInputException invalid = find(thrown, InvalidInputException.class);
        if (invalid != null) {
            return Problems.response(422, "Some details need attention", invalid.getMessage(), "validation",
                    invalid.errors());
        }
        NotFoundException notFound = find(thrown, NotFoundException.class);
        if (notFound != null) {
            return Problems.response(404, "Not found", notFound.getMessage(), "not-found");
        }
        AccessDeniedException denied = find(thrown, AccessDeniedException.class);
        if (denied != null) {
            return Problems.response(403, "Not allowed", denied.getMessage(), "forbidden");
        }
        EarningsLimitException overLimit = find(thrown, EarningsLimitException.class);
        if (overLimit != null) {
            return Problems.response(409, "Over the earnings limit", overLimit.getMessage(), overLimit.kind(),
                    EarningsProblem.extensions(overLimit));
        }
        ConflictException conflict = find(thrown, ConflictException.class);
        if (conflict != null) {
            return Problems.response(409, "Conflict", conflict.getMessage(), conflict.kind());
        }
        CardProcessorException processor = find(thrown, CardProcessorException.class);
        if (processor != null) {
            LOG.log(Level.WARNING, "Stripe refused or did not answer", processor);
            return Problems.response(502, "Card processor failed", "Stripe could not do this just now. Nothing"
                    + " was charged or refunded twice; please try again in a minute.", "card-processor");
        }
        if (find(thrown, JsonbException.class) != null || find(thrown, JsonException.class) != null
                || thrown instanceof ProcessingException) {
            return Problems.response(400, "Malformed request",
                    "The body is not valid JSON of the expected shape: check brackets, quotes and value types.",
                    "malformed");
        }
        if (thrown instanceof WebApplicationException web) {
            return fromStatus(web.getResponse().getStatus(), web.getMessage());
        }
        if (find(thrown, OptimisticLockException.class) != null) {
            return Problems.response(409, "Changed meanwhile", "Someone else changed this at the same moment. "
                    + "Please look again and retry.", "changed-meanwhile");
        }
        if (isConstraintViolation(thrown)) {
            return Problems.response(409, "Conflict", "This clashes with something saved at the same moment. "
                    + "Please check and try again.", "conflict");
        }
        LOG.log(Level.SEVERE, "Unexpected failure while answering an API request", thrown);
        return Problems.response(500, "Something went wrong",
                "The co-op's system could not finish this. Nothing was half-saved; please try again later.",
                "internal");
    }

    private static Response fromStatus(int status, String message) {
        return switch (status) {
            case 400 -> Problems.response(400, "Malformed request", message, "malformed");
            case 401 -> Problems.response(401, "Not signed in", message, "unauthenticated");
            case 403 -> Problems.response(403, "Not allowed", message, "forbidden");
            case 404 -> Problems.response(404, "Not found", "There is nothing at this address.", "not-found");
            case 405 -> Problems.response(405, "Method not allowed", message, "method-not-allowed");
            case 406 -> Problems.response(406, "Not acceptable", "This API answers in JSON.", "not-acceptable");
            case 415 -> Problems.response(415, "Unsupported media type", "Send the body as application/json.",
                    "unsupported-media-type");
            default -> Problems.response(status, "Request failed", message, "http-" + status);
        };
    }

    private static boolean isConstraintViolation(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
