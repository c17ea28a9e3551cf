package coop.market.web.rest;

import coop.market.application.NewSupporter;

/** The body of {@code POST /members/{id}/supporters}. */
public record NewSupporterRequest(String email, String relationship, Boolean canAnswer) {

    NewSupporter toCommand() {
        return new NewSupporter(email, relationship, canAnswer);
    }
}
