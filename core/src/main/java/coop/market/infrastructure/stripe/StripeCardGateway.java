package coop.market.infrastructure.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.PaymentMethod;
import com.stripe.model.SetupIntent;
import com.stripe.model.StripeObject;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.RefundCreateParams;
import com.stripe.param.SetupIntentCreateParams;
import coop.market.application.Settings;
import coop.market.domain.cardpayment.CardDeclinedException;
import coop.market.domain.cardpayment.CardEvent;
import coop.market.domain.cardpayment.CardGateway;
import coop.market.domain.cardpayment.CardIntent;
import coop.market.domain.cardpayment.CardPayment;
import coop.market.domain.cardpayment.CardProcessorException;
import coop.market.domain.cardpayment.SavedCard;
import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;

/**
 * Card payments through Stripe's PaymentIntents ("separate charges and transfers": the co-op's account takes
 * the money; members are paid out later). Every request that changes anything carries an idempotency key made
 * from our own record's id, so a retry after a time-out or crash never takes or returns money twice.
 */
@ApplicationScoped
public class StripeCardGateway implements CardGateway {

    /** Our attempt's id, written on the PaymentIntent so its events lead back to it. */
    static final String CARD_PAYMENT_ID = "card_payment_id";

    /** Our customer's id, written on their Stripe Customer and on the setups that save their cards. */
    static final String CUSTOMER_ID = "customer_id";

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
                .putAllMetadata(metadata(attempt, invoiceNumber))
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
    public String addCustomer(String customerId, String email, String name) {
        CustomerCreateParams params = CustomerCreateParams.builder().setEmail(email).setName(name)
                .putMetadata(CUSTOMER_ID, customerId).build();
        try {
            return client().v1().customers().create(params, key("customer-" + customerId)).getId();
        } catch (StripeException e) {
            throw new CardProcessorException("Stripe did not make the customer: " + e.getMessage(), e);
        }
    }

    @Override
    public CardIntent startCardSetup(SavedCard customer) {
        SetupIntentCreateParams params = SetupIntentCreateParams.builder()
                .setCustomer(customer.processorCustomerId())
                .setUsage(SetupIntentCreateParams.Usage.OFF_SESSION)
                .putMetadata(CUSTOMER_ID, customer.customerId())
                .setAutomaticPaymentMethods(SetupIntentCreateParams.AutomaticPaymentMethods.builder()
                        .setEnabled(true).build())
                .build();
        try {
            // No idempotency key: each visit to the card page may save a card, and an unused setup costs nothing.
            SetupIntent setup = client().v1().setupIntents().create(params);
            return new CardIntent(setup.getId(), setup.getClientSecret());
        } catch (StripeException e) {
            throw new CardProcessorException("Stripe did not start saving a card: " + e.getMessage(), e);
        }
    }

    @Override
    public CardIntent chargeSavedCard(CardPayment attempt, String invoiceNumber, SavedCard card) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(attempt.amount().minor())
                .setCurrency(attempt.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                .setDescription("Invoice " + invoiceNumber)
                .setCustomer(card.processorCustomerId())
                .setPaymentMethod(attempt.paymentMethodId().orElseThrow())
                .setOffSession(true)
                .setConfirm(true)
                .putAllMetadata(metadata(attempt, invoiceNumber))
                .build();
        try {
            PaymentIntent intent = client().v1().paymentIntents().create(params, key("card-payment-" + attempt.id()));
            return new CardIntent(intent.getId(), intent.getClientSecret());
        } catch (CardException e) {
            PaymentIntent refused = e.getStripeError() == null ? null : e.getStripeError().getPaymentIntent();
            String why = e.getStripeError() == null ? e.getMessage() : e.getStripeError().getMessage();
            throw new CardDeclinedException(refused == null ? null : refused.getId(), why, e);
        } catch (StripeException e) {
            throw new CardProcessorException("Stripe did not take the payment: " + e.getMessage(), e);
        }
    }

    /** Our attempt and its invoice, written on every PaymentIntent so that its events lead back to them. */
    private static Map<String, String> metadata(CardPayment attempt, String invoiceNumber) {
        return Map.of(CARD_PAYMENT_ID, attempt.id(), "invoice_id", attempt.invoiceId(),
                "invoice_number", invoiceNumber);
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
        if (object instanceof SetupIntent setup && event.getType().equals("setup_intent.succeeded")
                && setup.getPaymentMethod() != null && setup.getCustomer() != null) {
            return CardEvent.cardSaved(event.getId(), savedCard(setup));
        }
        return new CardEvent(event.getId(), CardEvent.Kind.OTHER, null, null, 0, 0, null, null);
    }

    /** The card a setup saved, with its brand and last digits asked of Stripe (events carry only its id). */
    private CardEvent.SavedCardDetails savedCard(SetupIntent setup) {
        String brand = null;
        String last4 = null;
        try {
            PaymentMethod method = client().v1().paymentMethods().retrieve(setup.getPaymentMethod());
            if (method.getCard() != null) {
                brand = method.getCard().getBrand();
                last4 = method.getCard().getLast4();
            }
        } catch (StripeException e) {
            throw new CardProcessorException("Stripe did not say what card was saved: " + e.getMessage(), e);
        }
        return new CardEvent.SavedCardDetails(setup.getMetadata() == null ? null
                : setup.getMetadata().get(CUSTOMER_ID), setup.getCustomer(), setup.getPaymentMethod(), brand, last4);
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
