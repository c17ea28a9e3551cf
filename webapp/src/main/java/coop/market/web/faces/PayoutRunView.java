package coop.market.web.faces;

import coop.market.application.CooperativeService;
import coop.market.application.MemberService;
import coop.market.application.PayoutRunService;
import coop.market.application.PlainWords;
import coop.market.domain.account.Actor;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutMethodKind;
import coop.market.domain.payout.PayoutRun;
import coop.market.domain.payout.PayoutRunStatus;
import coop.market.domain.payout.PayoutStatus;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.Money;
import coop.market.domain.shared.NotFoundException;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * One pay-out run for staff: the preview of each member's pay-out (gross, contribution, net, how and where it
 * has got to) with totals and whose money is held back and why, and the buttons for the run's life: approve,
 * pay the members (after a check of the total and how many), cancel; then the bank payment file. Each button is
 * a plain submit button read by the view action; a clash (someone else moved the run on) is said in words.
 */
@Named
@RequestScoped
public class PayoutRunView {

    static final String PAGE = "/staff/payout-run.xhtml";

    @Inject
    PayoutRunService runs;

    @Inject
    MemberService members;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    /** One member's pay-out as the table shows it. */
    public record PayoutRow(String memberId, String name, String gross, String contribution, String net,
            String method, String state) {
    }

    private String id;
    private String said;
    private PayoutRunService.RunView view;
    private List<PayoutRow> rows = List.of();
    private List<HeldRow> held = List.of();
    private boolean checking;
    private String problem;

    public void load() throws IOException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE + (id == null ? "" : "?id=" + Answers.encoded(id)));
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String act = faces.isPostback() ? faces.getExternalContext().getRequestParameterMap().get("act") : null;
        if (act != null && carryOut(act, staff.get())) {
            return;
        }
        try {
            view = runs.get(id, staff.get());
        } catch (NotFoundException e) {
            view = null;
            return;
        }
        Map<String, String> names = members.displayNames(view.payouts().stream().map(Payout::memberId).toList());
        rows = view.payouts().stream()
                .map(p -> new PayoutRow(p.memberId(), names.getOrDefault(p.memberId(), p.memberId()),
                        PlainWords.money(p.gross()), PlainWords.money(p.contribution()), PlainWords.money(p.net()),
                        PayoutWords.of(p.method()), PayoutWords.of(p)))
                .sorted(Comparator.comparing(PayoutRow::name)).toList();
        held = HeldRow.of(runs.held(id, staff.get()), members);
        checking = checking && isPayable();
    }

    /** True when the page has been answered with a redirect. */
    private boolean carryOut(String act, Actor staff) throws IOException {
        try {
            switch (act) {
                case "approve" -> runs.approve(id, staff);
                case "check" -> {
                    // Nothing changes yet: the page shows what paying would do, with the button that does it.
                    checking = true;
                    return false;
                }
                case "execute" -> runs.execute(id, staff);
                case "cancel" -> runs.cancel(id, staff);
                default -> {
                    return false;
                }
            }
        } catch (ConflictException e) {
            problem = clash(e);
            return false;
        } catch (NotFoundException e) {
            return false;
        }
        Answers.redirect(PAGE + "?id=" + Answers.encoded(id) + "&said=" + act);
        return true;
    }

    /** The service's refusal in the page's words: usually someone else moved the run on meanwhile. */
    private static String clash(ConflictException e) {
        return switch (e.kind()) {
            case "payout-run-started" -> "Some of this run is paid already, so it cannot be cancelled. "
                    + "Pay the rest to finish it.";
            case "payout-run-closed", "payout-run-cancelled", "payout-run-executed" ->
                "This run is paid or cancelled already, so nothing more can be done with it.";
            case "payout-run-approved" -> "Someone has approved this run already.";
            default -> e.getMessage();
        };
    }

    public String getNoticeText() {
        if (said == null || view == null) {
            return null;
        }
        return switch (said) {
            case "made" -> "The draft run is made. Nobody is paid until you approve it and press Pay members.";
            case "approve" -> "Approved. Press Pay members when you are ready.";
            case "execute" -> paidWords();
            case "cancel" -> "The run is cancelled. Nobody was paid; the money is held for the next run.";
            default -> null;
        };
    }

    private String paidWords() {
        long paid = count(p -> p.status() == PayoutStatus.PAID);
        long inFile = count(p -> p.status() == PayoutStatus.IN_BANK_FILE);
        String words = paid + (paid == 1 ? " member is" : " members are") + " paid through Stripe. " + inFile
                + (inFile == 1 ? " member is" : " members are") + " in the bank payment file.";
        long waiting = count(p -> p.status() == PayoutStatus.PENDING);
        long failed = count(p -> p.status() == PayoutStatus.FAILED);
        if (failed > 0) {
            words += " " + failed + (failed == 1 ? " pay-out" : " pay-outs") + " failed: see why below.";
        }
        if (waiting > 0) {
            words += " " + waiting + (waiting == 1 ? " pay-out is" : " pay-outs are") + " still waiting.";
        }
        return words;
    }

    /**
     * Why members paid through Stripe are still waiting, when it is because Stripe is not set up here: they can
     * only be paid once an administrator sets Stripe's key.
     */
    public String getStripeOff() {
        long waiting = waiting().stream().filter(p -> p.method() == PayoutMethodKind.STRIPE).count();
        if (runs.transfersEnabled() || waiting == 0) {
            return null;
        }
        return "Stripe is not set up on this server, so " + waiting + (waiting == 1 ? " member" : " members")
                + " paid through Stripe cannot be paid yet. An administrator sets STRIPE_SECRET_KEY; then press "
                + "Pay members again.";
    }

    /** Pay-outs nothing has happened to yet: paying the members pays these. */
    private List<Payout> waiting() {
        return view == null || !view.run().status().open() ? List.of()
                : view.payouts().stream().filter(p -> !p.status().settled()).toList();
    }

    private long count(Predicate<Payout> which) {
        return view.payouts().stream().filter(which).count();
    }

    private Money total(List<Payout> payouts) {
        return payouts.stream().map(Payout::net).reduce(Money.zero(view.run().currency()), Money::plus);
    }

    public boolean isFound() {
        return view != null;
    }

    public boolean isDraft() {
        return view.run().status() == PayoutRunStatus.DRAFT;
    }

    /** Approved and with someone left to pay (the first time, or again for those still waiting). */
    public boolean isPayable() {
        return view != null && view.run().status() == PayoutRunStatus.APPROVED && !waiting().isEmpty();
    }

    /** A run can be cancelled while nobody in it has been paid. */
    public boolean isCancellable() {
        return view.run().status().open()
                && view.payouts().stream().allMatch(p -> p.status() == PayoutStatus.PENDING);
    }

    /** The bank file has something in it once the run has put someone in it. */
    public boolean isBankFile() {
        return view.payouts().stream().anyMatch(p -> p.status() == PayoutStatus.IN_BANK_FILE && p.net().isPositive());
    }

    public String getTitle() {
        return "Pay-out run to " + getPeriodEnd();
    }

    public String getPeriodEnd() {
        return PlainWords.date(view.run().periodEnd());
    }

    public String getStatus() {
        return PayoutWords.of(view.run().status());
    }

    public String getGross() {
        return PlainWords.money(view.payouts().stream().map(Payout::gross)
                .reduce(Money.zero(view.run().currency()), Money::plus));
    }

    public String getContributions() {
        return PlainWords.money(view.totalContribution());
    }

    public String getNet() {
        return PlainWords.money(view.totalNet());
    }

    public String getWaitingCount() {
        int n = waiting().size();
        return n + (n == 1 ? " member" : " members");
    }

    public String getWaitingTotal() {
        return PlainWords.money(total(waiting()));
    }

    /** "2 members, £44.30", for one way of paying among those waiting. */
    public String waitingBy(String method) {
        List<Payout> these = waiting().stream().filter(p -> p.method().name().equals(method)).toList();
        return these.size() + (these.size() == 1 ? " member, " : " members, ") + PlainWords.money(total(these));
    }

    public String at(Instant instant) {
        return instant == null ? "Not yet" : PlainWords.at(instant, cooperative.zone());
    }

    public PayoutRun getRun() {
        return view.run();
    }

    public List<PayoutRow> getRows() {
        return rows;
    }

    public List<HeldRow> getHeld() {
        return held;
    }

    public boolean isChecking() {
        return checking;
    }

    public String getProblem() {
        return problem;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
    }
}
