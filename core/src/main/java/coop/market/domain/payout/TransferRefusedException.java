package coop.market.domain.payout;

/** Stripe refused a transfer, e.g. the member's account cannot take payments yet; no money moved. */
public class TransferRefusedException extends RuntimeException {

    public TransferRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
