package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.coop.Cooperative;
import coop.market.domain.member.MemberRepository;
import coop.market.domain.notification.AttachmentPrinter;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.payout.PayoutRun;
import coop.market.domain.payout.Payouts;
import coop.market.domain.payout.Receipt;
import coop.market.domain.payout.RemittanceAdvice;
import coop.market.domain.payout.RemittancePrinter;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Members' remittance advices: for each pay-out paid (transferred, or in the bank file), who was paid what, when,
 * how, for which period, and what the money was for, from the books. A PDF to download ({@code GET
 * /payouts/{id}/remittance}) and to attach to the member's email when it is sent ({@code remittance:<id>}).
 */
@ApplicationScoped
@Transactional
public class RemittanceDocuments implements AttachmentPrinter {

    static final String KIND = "remittance";

    @Inject
    Payouts payouts;

    @Inject
    MemberRepository members;

    @Inject
    CooperativeService cooperative;

    @Inject
    RemittancePrinter printer;

    /** A remittance advice to download: its PDF, and the title to name the file by. */
    public record Printed(String title, byte[] pdf) {
    }

    /**
     * The advice for a pay-out: staff may have anyone's, a member their own; for anyone else it does not exist.
     *
     * @throws ConflictException while the pay-out is not paid (pending, or refused by Stripe): there is nothing
     *                           to advise yet
     */
    public Printed pdf(String payoutId, Actor actor) {
        Payout payout = payouts.find(payoutId)
                .filter(found -> actor != null && (actor.isStaff() || found.memberId().equals(actor.memberId())))
                .orElseThrow(() -> new NotFoundException("Pay-out", payoutId));
        if (!payout.status().paidOut()) {
            throw new ConflictException("payout-not-paid", "This pay-out is " + payout.status().name().toLowerCase()
                    + ": its remittance advice is made once it is paid");
        }
        return new Printed("Remittance advice " + payout.reference(), printer.pdf(advice(payout)));
    }

    @Override
    public Set<String> kinds() {
        return Set.of(KIND);
    }

    @Override
    public byte[] print(String kind, String id) {
        return printer.pdf(advice(payouts.find(id).orElseThrow(() -> new IllegalArgumentException("No pay-out " + id))));
    }

    /**
     * The advice, worked out: the period runs from the day after the period of the member's last pay-out, and the
     * receipts are what the books took in for them since that run's money stopped, up to where this run's did.
     */
    RemittanceAdvice advice(Payout payout) {
        PayoutRun run = payouts.findRun(payout.runId()).orElseThrow();
        Optional<PayoutRun> previous = payouts.lastRunPaying(payout.memberId(), run.createdAt());
        List<Receipt> receipts = payouts.receipts(payout.memberId(),
                previous.map(PayoutRun::moneyTo).orElse(Instant.EPOCH), run.moneyTo());
        LocalDate from = previous.map(last -> last.periodEnd().plusDays(1))
                .map(day -> day.isAfter(run.periodEnd()) ? run.periodEnd() : day).orElse(null);
        Cooperative coop = cooperative.current()
                .orElseThrow(() -> new IllegalStateException("The co-op is not set up yet"));
        return new RemittanceAdvice(Letterhead.of(coop), Letterhead.legalLines(coop),
                members.displayName(payout.memberId()).orElse(payout.memberId()), payout.reference(),
                payout.paidAt().atZone(cooperative.zone()).toLocalDate(), from, run.periodEnd(), paidTo(payout),
                payout.gross(), payout.contribution(), payout.net(), receipts, notes(payout));
    }

    /** The account as the API shows it: masked, or the member's own Stripe account. */
    private static String paidTo(Payout payout) {
        if (payout.method() == PayoutMethodKind.STRIPE) {
            return "Stripe account " + payout.stripeAccount();
        }
        return "Bank account of " + payout.accountName() + (payout.accountNumberMasked() == null ? ""
                : ", sort code " + payout.sortCodeMasked() + ", account number " + payout.accountNumberMasked());
    }

    private static List<String> notes(Payout payout) {
        List<String> notes = new ArrayList<>();
        if (payout.net().isPositive()) {
            notes.add(payout.method() == PayoutMethodKind.STRIPE
                    ? "Paid into your Stripe account by a transfer; Stripe pays it on to your bank."
                    : "Paid by bank transfer. It can take up to 3 days to arrive in your account.");
        } else {
            notes.add("Nothing was paid this time: the contribution took all of your share.");
        }
        notes.add("The co-op's contribution pays for the selling, invoicing and collecting it does for its members.");
        notes.add("Keep this advice with your records for your benefits and your tax return.");
        return notes;
    }
}
