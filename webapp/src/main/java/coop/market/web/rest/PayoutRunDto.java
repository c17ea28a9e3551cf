package coop.market.web.rest;

import coop.market.application.PayoutRunService;
import coop.market.domain.payout.PayoutPlan;
import coop.market.domain.payout.PayoutRun;
import java.util.List;

/**
 * A pay-out run: its period end, status and pay-outs; for a run just made, also whose money it holds back and
 * why ({@code held}).
 */
public record PayoutRunDto(String id, String periodEnd, String status, String createdBy, String approvedBy,
        MoneyDto totalNet, MoneyDto totalContribution, List<PayoutDto> payouts, List<HeldDto> held) {

    /** Money held for a member and not in this run: {@code MEMBER_ASKED_TO_HOLD}, {@code NO_PAYOUT_METHOD}... */
    public record HeldDto(String memberId, MoneyDto amount, String reason) {

        static HeldDto of(PayoutPlan.Held held) {
            return new HeldDto(held.memberId(), MoneyDto.of(held.amount()), held.reason().name());
        }
    }

    static PayoutRunDto of(PayoutRunService.RunView view) {
        PayoutRun run = view.run();
        return new PayoutRunDto(run.id(), run.periodEnd().toString(), run.status().name(), run.createdBy(),
                run.approvedBy(), MoneyDto.of(view.totalNet()), MoneyDto.of(view.totalContribution()),
                view.payouts().stream().map(PayoutDto::of).toList(),
                view.held().stream().map(HeldDto::of).toList());
    }
}
