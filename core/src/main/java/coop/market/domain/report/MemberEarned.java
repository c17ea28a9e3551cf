package coop.market.domain.report;

import coop.market.domain.shared.Money;
import java.util.Objects;

/** What one member earned in a report's period: money received for their work, less refunds. */
public record MemberEarned(String memberId, String memberName, Money earned) {

    public MemberEarned {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(memberName, "memberName");
        Objects.requireNonNull(earned, "earned");
    }
}
