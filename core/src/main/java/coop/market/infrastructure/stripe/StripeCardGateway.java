package coop.market.infrastructure.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import coop.market.application.Settings;
import coop.market.domain.cardpayment.CardEvent;
import coop.market.domain.cardpayment.CardGateway;
import coop.market.domain.cardpayment.CardIntent;
import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.cardpayment.CardProcessorException;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/**
 * Card payments through Stripe's PaymentIntents ("separate charges and transfers": the co-op's account takes
 * the money; members are paid out later). Every request that changes anything carries an idempotency key made
 * from our own record's id, so a retry after a time-out or crash never takes or returns money twice.
 */
@ApplicationScoped
public class StripeCardGateway implements CardGateway {

    /** Our attempt's id, written on the PaymentIntent so its events lead back to it. */
    static final String CARD_PAYMENT_ID = "card_payment_id";

    private final StripeSettings settings;
    private final StripeClient client;

    public StripeCardGateway() {
        this(StripeSettings.from(Settings.fromEnvironment()));
    }

    StripeCardGateway(StripeSettings settings) {
        this.settings = settings;
        this.client = settings.client();
    }

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public CardIntent startPayment(CardPayment attempt, String invoiceNumber) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(attempt.amount().minor())
                .setCurrency(attempt.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                .setDescription("Invoice " + invoiceNumber)
                .putMetadata(CARD_PAYMENT_ID, attempt.id())
                .putMetadata("invoice_id", attempt.invoiceId())
                .putMetadata("invoice_number", invoiceNumber)
                .setAutomaticPaymentMethods(PaymentIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).build())
                .build();
        try {
            PaymentIntent intent = client().v1().paymentIntents().create(params, key("card-payment-" + attempt.id()));
            return new CardIntent(intent.getId(), intent.getClientSecret());
        } catch (StripeException e) {
            throw new CardProcessorException("Stripe did not start the payment: " + e.getMessage(), e);
        }
    }

    @Override
    public void refund(CardPayment attempt, Money amount, String refundId) {
        RefundCreateParams params = RefundCreateParams.builder()
                .setPaymentIntent(attempt.intentId())
                .setAmount(amount.minor())
                .putMetadata(CARD_PAYMENT_ID, attempt.id())
                .putMetadata("refund_id", refundId)
                .build();
        try {
            client().v1().refunds().create(params, key("refund-" + refundId));
        } catch (StripeException e) {
            throw new CardProcessorException("Stripe did not make the refund: " + e.getMessage(), e);
        }
    }

    @Override
    public CardEvent readEvent(String payload, String signatureHeader) {
        Event event;
        try {
            event = Webhook.constructEvent(payload, signatureHeader,
                    settings.webhookSecret().orElseThrow(() -> new IllegalArgumentException("Webhooks are off")));
        } catch (SignatureVerificationException e) {
            throw new IllegalArgumentException("The Stripe-Signature does not match: " + e.getMessage(), e);
        }
        StripeObject object = event.getData() == null ? null
                : event.getDataObjectDeserializer().getObject().orElse(null);
        if (object instanceof PaymentIntent intent && event.getType().startsWith("payment_intent.")) {
            CardEvent.Kind kind = switch (event.getType()) {
                case "payment_intent.succeeded" -> CardEvent.Kind.SUCCEEDED;
                case "payment_intent.payment_failed" -> CardEvent.Kind.FAILED;
                default -> CardEvent.Kind.OTHER;
            };
            String failure = intent.getLastPaymentError() == null ? null : intent.getLastPaymentError().getMessage();
            return new CardEvent(event.getId(), kind, intent.getMetadata().get(CARD_PAYMENT_ID), intent.getId(),
                    orZero(intent.getAmountReceived()), 0, intent.getLatestCharge(), failure);
        }
        if (object instanceof Charge charge && event.getType().equals("charge.refunded")) {
            return new CardEvent(event.getId(), CardEvent.Kind.REFUNDED,
                    charge.getMetadata() == null ? null : charge.getMetadata().get(CARD_PAYMENT_ID),
                    charge.getPaymentIntent(),
                    orZero(charge.getAmountCaptured() == null ? charge.getAmount() : charge.getAmountCaptured()),
                    orZero(charge.getAmountRefunded()), charge.getId(), null);
        }
        return new CardEvent(event.getId(), CardEvent.Kind.OTHER, null, null, 0, 0, null, null);
    }

    private StripeClient client() {
        if (client == null) {
            throw new IllegalStateException("Card payments are off: STRIPE_SECRET_KEY is not set");
        }
        return client;
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
