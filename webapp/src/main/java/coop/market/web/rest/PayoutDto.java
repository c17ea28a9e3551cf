package coop.market.web.rest;

import coop.market.domain.payout.Payout;

/** One member's pay-out in a run: gross (their share), the co-op's contribution, and net (what they get). */
public record PayoutDto(String id, String runId, String memberId, MoneyDto gross, MoneyDto contribution,
        MoneyDto net, String method, String status, String reference, String transferId, String failure,
        String paidAt) {

    static PayoutDto of(Payout payout) {
        return new PayoutDto(payout.id(), payout.runId(), payout.memberId(), MoneyDto.of(payout.gross()),
                MoneyDto.of(payout.contribution()), MoneyDto.of(payout.net()), payout.method().name(),
                payout.status().name(), payout.reference(), payout.transferId(), payout.failure(),
                payout.paidAt() == null ? null : payout.paidAt().toString());
    }
}
