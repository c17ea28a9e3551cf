package coop.market.domain.report;

import coop.market.domain.shared.Money;
import coop.market.domain.statement.ReceivedMoney;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Each member's earnings in a period as their statement counts income (on the cash basis: money received for
 * them, refunds taken off), most first, and the total, which is the sum of the rows. Members whose money nets to
 * nothing are left out.
 */
public record EarningsByMember(List<MemberEarned> members, Money total) {

    /** Who is named this, when they are no longer in the members' list. */
    public static final String FORMER_MEMBER = "A former member";

    public EarningsByMember {
        members = List.copyOf(members);
        Objects.requireNonNull(total, "total");
    }

    /**
     * From the money received for each member in the period, by member id, and their names (a member not named
     * is a former member).
     */
    public static EarningsByMember of(Map<String, List<ReceivedMoney>> received, Map<String, String> names,
            Currency currency) {
        Money zero = Money.zero(currency);
        List<MemberEarned> members = received.entrySet().stream()
                .map(member -> new MemberEarned(member.getKey(), names.getOrDefault(member.getKey(), FORMER_MEMBER),
                        member.getValue().stream().map(ReceivedMoney::amount).reduce(zero, Money::plus)))
                .filter(member -> !member.earned().isZero())
                .sorted(Comparator.comparing(MemberEarned::earned).reversed()
                        .thenComparing(MemberEarned::memberName).thenComparing(MemberEarned::memberId))
                .toList();
        return new EarningsByMember(members, members.stream().map(MemberEarned::earned).reduce(zero, Money::plus));
    }

    /** The most any one member earned (nothing if no one did): the longest bar of a chart. */
    public Money most() {
        return members.isEmpty() ? Money.zero(total.currency()) : members.get(0).earned();
    }
}
