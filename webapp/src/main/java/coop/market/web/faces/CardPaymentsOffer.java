package coop.market.web.faces;

import coop.market.application.CardPaymentService;
import coop.market.application.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Whether the pages offer to pay by card: card payments are on (Stripe's secret keys are set) and the browser
 * has the publishable key to mount Stripe's payment form with, {@code STRIPE_PUBLISHABLE_KEY} (public by design,
 * but an installation's own, so from the environment like the others).
 */
@ApplicationScoped
public class CardPaymentsOffer {

    static final String PUBLISHABLE_KEY = "STRIPE_PUBLISHABLE_KEY";

    @Inject
    CardPaymentService cardPayments;

    private final Optional<String> publishableKey = Settings.fromEnvironment().get(PUBLISHABLE_KEY);

    public boolean offered() {
        return cardPayments.enabled() && publishableKey.isPresent();
    }

    /** The publishable key ({@code pk_...}); empty when card payments are not offered. */
    public Optional<String> publishableKey() {
        return offered() ? publishableKey : Optional.empty();
    }
}
