package coop.market.infrastructure.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.InvalidRequestException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.StripeException;
import com.stripe.model.Transfer;
import com.stripe.net.RequestOptions;
import com.stripe.param.TransferCreateParams;
import com.stripe.param.TransferListParams;
import coop.market.application.Settings;
import coop.market.domain.cardpayment.CardProcessorException;
import coop.market.domain.payout.Payout;
import coop.market.domain.payout.PayoutTransfers;
import coop.market.domain.payout.TransferRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Pay-outs as Stripe transfers to members' connected accounts ("separate charges and transfers"): the pay-out's
 * id is the idempotency key and in the metadata, the run is the transfer group (so a run's transfers can be listed
 * together, however long ago they were made), and the card charge that funded it, when there was exactly one, is
 * the source transaction (so the transfer waits for that money to be available, not the co-op's whole balance).
 */
@ApplicationScoped
public class StripePayoutTransfers implements PayoutTransfers {

    /** The metadata key that names the pay-out a transfer was made for. */
    static final String PAYOUT_ID = "payout_id";

    /** Stripe's largest page: a run of hundreds of members is listed in a few requests. */
    private static final long PAGE = 100;

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
        TransferCreateParams.Builder params = TransferCreateParams.builder()
                .setAmount(payout.net().minor())
                .setCurrency(payout.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                .setDestination(payout.stripeAccount())
                .setTransferGroup(transferGroup)
                .setDescription("Pay-out " + payout.reference())
                .putMetadata(PAYOUT_ID, payout.id())
                .putMetadata("member_id", payout.memberId());
        if (payout.sourceCharge() != null) {
            params.setSourceTransaction(payout.sourceCharge());
        }
        try {
            Transfer transfer = client().v1().transfers().create(params.build(),
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

    @Override
    public Map<String, String> transfersByPayout(String transferGroup) {
        TransferListParams params = TransferListParams.builder().setTransferGroup(transferGroup).setLimit(PAGE).build();
        Map<String, String> made = new HashMap<>();
        try {
            for (Transfer transfer : client().v1().transfers().list(params).autoPagingIterable()) {
                String payoutId = transfer.getMetadata() == null ? null : transfer.getMetadata().get(PAYOUT_ID);
                if (payoutId != null) {
                    made.putIfAbsent(payoutId, transfer.getId());
                }
            }
        } catch (StripeException e) {
            throw new CardProcessorException("Stripe did not list the run's transfers: " + e.getMessage(), e);
        } catch (RuntimeException paging) {
            // Pages after the first are asked for by the iterator, which wraps what Stripe threw.
            if (paging.getCause() instanceof StripeException e) {
                throw new CardProcessorException("Stripe did not list the run's transfers: " + e.getMessage(), e);
            }
            throw paging;
        }
        return made;
    }

    private StripeClient client() {
        if (client == null) {
            throw new CardProcessorException("Stripe is not set up: STRIPE_SECRET_KEY is not set", null);
        }
        return client;
    }
}
