package coop.market.infrastructure.stripe;

import com.stripe.StripeClient;
import coop.market.application.Settings;
import java.util.Optional;

/**
 * How to reach Stripe: both keys set turns card payments on; either missing leaves them off (no card option
 * is shown). The API base is Stripe's own unless {@code STRIPE_API_BASE} says otherwise.
 */
record StripeSettings(Optional<String> secretKey, Optional<String> webhookSecret, Optional<String> apiBase) {

    static StripeSettings from(Settings settings) {
        return new StripeSettings(settings.get("STRIPE_SECRET_KEY"), settings.get("STRIPE_WEBHOOK_SECRET"),
                settings.get("STRIPE_API_BASE"));
    }

    boolean enabled() {
        return secretKey.isPresent() && webhookSecret.isPresent();
    }

    /** A client for the secret key, at the API base if one is set; null when there is no key. */
    StripeClient client() {
        return secretKey.map(key -> {
            StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(key);
            apiBase.ifPresent(builder::setApiBase);
            return builder.build();
        }).orElse(null);
    }
}
