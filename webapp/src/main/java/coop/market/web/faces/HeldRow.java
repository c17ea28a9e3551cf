package coop.market.web.faces;

import coop.market.application.MemberService;
import coop.market.application.PlainWords;
import coop.market.domain.payout.PayoutPlan;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** Money held for a member and not paid in a run, in words: whose, how much and why. */
public record HeldRow(String memberId, String name, String amount, String reason) implements Serializable {

    /** The rows, with the members' names found in one look-up. */
    static List<HeldRow> of(List<PayoutPlan.Held> held, MemberService members) {
        Map<String, String> names = members.displayNames(held.stream().map(PayoutPlan.Held::memberId).toList());
        return held.stream().map(h -> new HeldRow(h.memberId(), names.getOrDefault(h.memberId(), h.memberId()),
                PlainWords.money(h.amount()), PayoutWords.of(h.reason()))).toList();
    }
}
