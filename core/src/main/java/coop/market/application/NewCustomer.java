package coop.market.application;

/**
 * What a customer gives to sign up.
 *
 * @param organisation the organisation's name when buying for one, otherwise null
 */
public record NewCustomer(String name, String email, String password, String addressLine1, String addressLine2,
        String town, String postcode, String organisation) {

    @Override
    public String toString() {
        return "NewCustomer[" + email + "]";
    }
}
