package coop.market.application;

import coop.market.domain.shared.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The terms of product orders, read once from the environment: the co-op's charge for delivering an order
 * ({@code DELIVERY_CHARGE_MINOR}, in pence; default 0, so nobody is charged for delivery until the co-op chooses a
 * charge). One charge per order, whatever it holds: the co-op brings every member's items in one delivery.
 */
@ApplicationScoped
public class OrderPolicies {

    private final long deliveryChargeMinor;

    @Inject
    CooperativeService cooperative;

    public OrderPolicies() {
        this(Settings.fromEnvironment());
    }

    OrderPolicies(Settings settings) {
        deliveryChargeMinor = settings.get("DELIVERY_CHARGE_MINOR").map(Long::parseLong).orElse(0L);
        if (deliveryChargeMinor < 0) {
            throw new IllegalStateException("DELIVERY_CHARGE_MINOR cannot be negative");
        }
    }

    /** What delivering one order costs the customer, in the co-op's currency. */
    public Money deliveryCharge() {
        return Money.ofMinor(deliveryChargeMinor, cooperative.currency());
    }
}
