package coop.market.web.rest;

import jakarta.ws.rs.BadRequestException;

/** A POST without a body is malformed, not a null to trip over later. */
final class Bodies {

    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new BadRequestException("A JSON body is required.");
        }
        return body;
    }
}
