package coop.market.domain.payout;

import coop.market.domain.invoicing.Party;
import coop.market.domain.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything printed on a member's remittance advice for one pay-out, already worked out: who paid whom, when, how,
 * for which period, the member's share of money received, the co-op's contribution, what was paid, and what the
 * money was for.
 *
 * @param coopLegalLines the co-op's legal lines, e.g. "Community interest company, registered number 12345678"
 * @param periodFrom     the first day the pay-out covers (the day after the member's last pay-out's period), or
 *                       null for a first pay-out, which covers everything up to {@code periodTo}
 * @param paidTo         where the money went, as it may be shown ("Bank account ****5678, sort code **-**-56")
 * @param receipts       the payments (and refunds) for the member's work since their last pay-out
 * @param notes          sentences printed under the totals
 */
public record RemittanceAdvice(Party coop, List<String> coopLegalLines, String memberName, String reference,
        LocalDate paidOn, LocalDate periodFrom, LocalDate periodTo, String paidTo, Money gross, Money contribution,
        Money net, List<Receipt> receipts, List<String> notes) {

    public RemittanceAdvice {
        Objects.requireNonNull(coop);
        Objects.requireNonNull(memberName);
        Objects.requireNonNull(reference);
        Objects.requireNonNull(paidOn);
        Objects.requireNonNull(periodTo);
        Objects.requireNonNull(paidTo);
        Objects.requireNonNull(gross);
        Objects.requireNonNull(contribution);
        Objects.requireNonNull(net);
        coopLegalLines = List.copyOf(coopLegalLines);
        receipts = List.copyOf(receipts);
        notes = List.copyOf(notes);
        if (!gross.minus(contribution).equals(net)) {
            throw new IllegalArgumentException("What is paid is the share less the contribution");
        }
    }

    /**
     * What the share holds beyond the receipts listed: money received before the period that was not paid out then
     * (held, or a transfer refused), so that the listed receipts and this always add up to the share, to the penny.
     */
    public Money broughtForward() {
        return receipts.stream().map(Receipt::amount).reduce(gross, Money::minus);
    }
}
