package coop.market.application;

import coop.market.domain.member.MemberContact;
import coop.market.domain.notification.Attachment;
import coop.market.domain.notification.OutgoingEmail;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.shared.Ids;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The email a member gets when they are paid, with their remittance advice attached (printed when it is sent). In
 * easy read, as everything the co-op writes to members: short sentences of at most 15 words, one idea each, active
 * voice, amounts in pounds, no acronyms, and the same help line at the end.
 */
final class RemittanceEmails {

    static final String TOPIC = "payout.remittance";

    private RemittanceEmails() {
    }

    /**
     * The email for a pay-out just paid or put in the bank file; none for a member without an e-mail address (their
     * advice can still be downloaded).
     *
     * <p>A pay-out of nothing (the contribution took all of the member's share) still gets one: the member's
     * money was used, and the advice is their record of what came in and what the co-op kept, which they need for
     * their benefits and tax as much as any other.
     */
    static Optional<OutgoingEmail> paid(Payout payout, MemberContact member, CoopContact contact, Instant now) {
        if (member == null || member.email() == null || member.email().isBlank()) {
            return Optional.empty();
        }
        String body = "Hello " + member.firstName() + ",\n\n"
                + String.join("\n", sentences(payout)) + "\n\n"
                + "The letter attached shows the details.\n"
                + "Keep it with your papers for benefits and tax.\n\n"
                + contact.needHelp() + "\n";
        String subject = payout.net().isPositive() ? "We have paid you " + PlainWords.money(payout.net())
                : "Your pay letter from " + contact.coopName();
        return Optional.of(new OutgoingEmail(Ids.newId(), TOPIC, payout.id(), member.email(), member.displayName(),
                subject, body, Attachment.printedPdf("Remittance advice " + payout.reference() + ".pdf",
                        RemittanceDocuments.KIND, payout.id()), now));
    }

    /** What was paid, where to, when it arrives, what the work brought in, and what the co-op kept and why. */
    private static List<String> sentences(Payout payout) {
        List<String> lines = new ArrayList<>();
        if (payout.net().isPositive()) {
            lines.add("We have paid you " + PlainWords.money(payout.net()) + ".");
            if (payout.method() == PayoutMethodKind.STRIPE) {
                lines.add("It goes into your Stripe account.");
                lines.add("Stripe then sends it to your bank.");
            } else {
                lines.add(payout.accountNumberEnding() == null ? "It goes into your bank account."
                        : "It goes into your bank account ending " + payout.accountNumberEnding() + ".");
                lines.add("It can take up to 3 days to arrive.");
            }
        } else {
            lines.add("We have not paid you any money this time.");
        }
        lines.add("Your work brought in " + PlainWords.money(payout.gross()) + ".");
        if (payout.contribution().isZero()) {
            lines.add("The co-op kept nothing this time.");
        } else if (payout.net().isZero()) {
            lines.add("The co-op kept all of it. This helps run the co-op.");
        } else {
            lines.add("The co-op kept " + PlainWords.money(payout.contribution()) + ". This helps run the co-op.");
        }
        return lines;
    }
}
