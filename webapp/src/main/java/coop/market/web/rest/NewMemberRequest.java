package coop.market.web.rest;

import coop.market.application.NewMember;
import java.util.List;

/** The body of {@code POST /members}. */
public record NewMemberRequest(String displayName, String email, List<String> trades,
        MemberDto.ServiceAreaDto serviceArea, String story) {

    NewMember toCommand() {
        return new NewMember(displayName, email, trades, serviceArea == null ? null : serviceArea.postcodes(), story);
    }
}
