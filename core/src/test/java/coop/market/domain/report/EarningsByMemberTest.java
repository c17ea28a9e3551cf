package coop.market.domain.report;

import static coop.market.domain.statement.StatementFixtures.received;
import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.shared.Money;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each member's earnings in a period: money received for them less refunds, most first, totals exact. */
class EarningsByMemberTest {

    @Test
    void eachMembersMoneyReceivedLessRefundsMostFirstAndTheTotalIsTheRows() {
        EarningsByMember earnings = EarningsByMember.of(Map.of(
                "m1", List.of(received("2026-05-10T09:00:00Z", 3333), received("2026-06-01T09:00:00Z", -1000)),
                "m2", List.of(received("2026-05-11T09:00:00Z", 4001)),
                "m3", List.of(received("2026-05-12T09:00:00Z", 2333))),
                Map.of("m1", "Grace Adeyemi", "m2", "Tom Fletcher", "m3", "Aisha Khan"), Money.GBP);

        assertEquals(List.of(new MemberEarned("m2", "Tom Fletcher", Money.gbp(4001)),
                new MemberEarned("m3", "Aisha Khan", Money.gbp(2333)),
                new MemberEarned("m1", "Grace Adeyemi", Money.gbp(2333))), earnings.members(),
                "the same earnings by name");
        assertEquals(Money.gbp(8667), earnings.total());
        assertEquals(Money.gbp(4001), earnings.most());
    }

    @Test
    void aMemberWhoseMoneyNetsToNothingIsLeftOutAndOneNoLongerListedIsAFormerMember() {
        EarningsByMember earnings = EarningsByMember.of(Map.of(
                "m1", List.of(received("2026-05-10T09:00:00Z", 500), received("2026-05-20T09:00:00Z", -500)),
                "gone", List.of(received("2026-05-10T09:00:00Z", 700))), Map.of("m1", "Grace Adeyemi"), Money.GBP);

        assertEquals(List.of(new MemberEarned("gone", "A former member", Money.gbp(700))), earnings.members());
        assertEquals(Money.gbp(700), earnings.total());
    }

    @Test
    void noMoneyIsNoRowsAndNothing() {
        EarningsByMember earnings = EarningsByMember.of(Map.of(), Map.of(), Money.GBP);

        assertEquals(List.of(), earnings.members());
        assertEquals(Money.gbp(0), earnings.total());
        assertEquals(Money.gbp(0), earnings.most());
    }
}
