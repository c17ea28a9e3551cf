package coop.market.web.rest;

import coop.market.domain.member.Member;
import java.util.List;

/** A member as staff see them through the API. */
public record MemberDto(String id, String displayName, String email, List<String> trades, ServiceAreaDto serviceArea,
        String status, String story) {

    /** The postcode districts a member works in. */
    public record ServiceAreaDto(List<String> postcodes) {
    }

    public static MemberDto of(Member member) {
        return new MemberDto(member.id(), member.displayName(), member.email(), List.copyOf(member.trades()),
                new ServiceAreaDto(List.copyOf(member.serviceArea())), member.status().name(), member.story());
    }
}
