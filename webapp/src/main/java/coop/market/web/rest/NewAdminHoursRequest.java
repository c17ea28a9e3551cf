package coop.market.web.rest;

import coop.market.application.NewAdminHours;
import coop.market.domain.shared.FieldErrors;
import java.math.BigDecimal;

/** The body of {@code POST /members/{id}/admin-hours}. */
public record NewAdminHoursRequest(String date, BigDecimal minutes, String note) {

    NewAdminHours toCommand() {
        FieldErrors errors = new FieldErrors();
        Integer whole = WholeNumbers.toInteger("minutes", minutes, errors);
        errors.throwIfAny();
        return new NewAdminHours(date, whole, note);
    }
}
