package coop.market.web.rest;

import coop.market.application.MemberDetails;
import java.util.List;

/** The body of {@code POST /members} (register) and {@code PUT /members/{id}} (change their details). */
public record MemberDetailsRequest(String displayName, String email, List<String> trades,
        MemberDto.ServiceAreaDto serviceArea, String story) {

    MemberDetails toCommand() {
        return new MemberDetails(displayName, email, trades, serviceArea == null ? null : serviceArea.postcodes(), story);
    }
}
