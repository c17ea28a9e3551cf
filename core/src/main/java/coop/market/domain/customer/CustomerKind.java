package coop.market.domain.customer;

/** A private household, or an organisation such as a charity or business. */
public enum CustomerKind {
    HOUSEHOLD,
    ORGANISATION
}
