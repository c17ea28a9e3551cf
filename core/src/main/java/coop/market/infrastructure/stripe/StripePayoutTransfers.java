package coop.market.infrastructure.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.StripeException;
import com.stripe.model.Transfer;
import com.stripe.net.RequestOptions;
import com.stripe.param.TransferCreateParams;
import coop.market.application.Settings;
import coop.market.domain.cardpayment.CardProcessorException;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutTransfers;
import coop.market.domain.payout.TransferRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Pay-outs as Stripe transfers to members' connected accounts ("separate charges and transfers"): the pay-out's
 * id is the idempotency key, the run is the transfer group, and the card charge that funded it, when there was
 * exactly one, is the source transaction (so the transfer waits for that money to be available, not the co-op's
 * whole balance).
 */
@ApplicationScoped
public class StripePayoutTransfers implements PayoutTransfers {

    private final StripeClient client;

    public StripePayoutTransfers() {
        this(StripeSettings.from(Settings.fromEnvironment()));
    }

    StripePayoutTransfers(StripeSettings settings) {
        this.client = settings.client();
    }

    @Override
    public boolean enabled() {
        return client != null;
    }

    @Override
    public String transfer(Payout payout, String transferGroup) {
        if (client == null) {
            throw new CardProcessorException("Stripe is not set up: STRIPE_SECRET_KEY is not set", null);
        }
        TransferCreateParams.Builder params = TransferCreateParams.builder()
                .setAmount(payout.net().minor())
                .setCurrency(payout.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                .setDestination(payout.stripeAccount())
                .setTransferGroup(transferGroup)
                .setDescription("Pay-out " + payout.reference())
                .putMetadata("payout_id", payout.id())
                .putMetadata("member_id", payout.memberId());
        if (payout.sourceCharge() != null) {
            params.setSourceTransaction(payout.sourceCharge());
        }
        try {
            Transfer transfer = client.v1().transfers().create(params.build(),
                    RequestOptions.builder().setIdempotencyKey(payout.idempotencyKey()).build());
            return transfer.getId();
        } catch (InvalidRequestException | PermissionException refused) {
            String why = refused.getStripeError() == null ? refused.getMessage()
                    : refused.getStripeError().getMessage();
            throw new TransferRefusedException("Stripe refused the transfer: " + why, refused);
        } catch (ApiConnectionException unknown) {
            throw new CardProcessorException("Stripe did not answer the transfer: " + unknown.getMessage(), unknown);
        } catch (StripeException e) {
            throw new CardProcessorException("Stripe did not make the transfer: " + e.getMessage(), e);
        }
    }
}
