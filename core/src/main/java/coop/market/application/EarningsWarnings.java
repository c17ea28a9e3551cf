package coop.market.application;

import coop.market.domain.earnings.EarningsRecords;
import coop.market.domain.earnings.PeriodEarnings;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.notification.Outbox;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.shared.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Warns staff when a member's forecast reaches 80% of their limit, in time to talk to them before work is
 * refused: a list on the staff desk, and one email to the co-op's contact address per member and period (the
 * earnings_warning table remembers which were sent, so confirming more work in the period sends no more).
 */
@ApplicationScoped
public class EarningsWarnings {

    /** E-mails about a member's earnings have this topic. */
    public static final String TOPIC = "earnings.near-limit";

    @Inject
    EarningsRecords records;

    @Inject
    MemberEarnings earnings;

    @Inject
    MemberRepository members;

    @Inject
    Outbox outbox;

    @Inject
    CooperativeService cooperative;

    /** A member whose forecast has reached 80% of their limit in the period shown. */
    public record NearLimit(String memberId, String memberName, PeriodEarnings period) {
    }

    /**
     * After work was confirmed (in the same transaction, under the member's lock): warns once about each of
     * the periods that has now reached 80%.
     */
    void consider(String memberId, List<PeriodEarnings> periods, Instant now) {
        for (PeriodEarnings period : periods) {
            if (period.nearLimit() && records.warnOnce(memberId, period.period().start(), now)) {
                email(memberId, period, now);
            }
        }
    }

    /** Members whose forecast for the period they are in today has reached 80% of its limit, by name. */
    public List<NearLimit> nearLimitToday() {
        LocalDate today = cooperative.today();
        List<NearLimit> near = new ArrayList<>();
        for (String memberId : records.membersWithLimits()) {
            PeriodEarnings period = earnings.reader(memberId).periodOf(today);
            if (period.nearLimit()) {
                near.add(new NearLimit(memberId, members.displayName(memberId).orElse(memberId), period));
            }
        }
        near.sort(java.util.Comparator.comparing(NearLimit::memberName));
        return near;
    }

    private void email(String memberId, PeriodEarnings period, Instant now) {
        CoopContact contact = cooperative.contact();
        if (contact.email() == null || !contact.email().contains("@")) {
            return; // no co-op set up yet: the staff desk still lists the member
        }
        String name = members.displayName(memberId).orElse("A member");
        String span = EarningsGuard.span(period);
        String body = String.join("\n",
                "Hello,",
                "",
                name + "'s forecast earnings for " + span + " are " + PlainWords.money(period.forecast())
                        + ", which is " + percent(period) + "% of their limit of " + PlainWords.money(period.limit())
                        + ".",
                "Headroom left in that period: " + PlainWords.money(period.headroom().orElseThrow()) + ".",
                "",
                "Work that would take them over the limit will not be confirmed unless staff override it with"
                        + " a reason. You may want to talk to " + name + " about the rest of the period.",
                "",
                contact.coopName());
        outbox.add(new OutgoingEmail(Ids.newId(), TOPIC, memberId, contact.email(), contact.coopName(),
                "Earnings near the limit: " + name + ", " + span, body, null, now));
    }

    /** Whole percent, rounded down: "80", never a float. */
    private static long percent(PeriodEarnings period) {
        return period.forecast().minor() * 100 / period.limit().minor();
    }
}
