package coop.market.spi;

import coop.market.domain.shared.FieldError;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trade type the co-op sells: cleaning, gardening, crafts, ... One implementation per plugin
 * jar, found at start-up through {@code META-INF/services/coop.market.spi.Trade}; adding a trade
 * is adding a jar. The trade knows its own options, prices and rules; core does everything else
 * (contributions, VAT, the ledger, payments).
 *
 * <p>Implementations must be stateless and thread-safe, with a public no-argument constructor.
 */
public interface Trade {

    /** A short, unique, lower-case code used in the API and stored on listings, e.g. {@code cleaning}. */
    String code();

    /** The name people see, e.g. "Cleaning". */
    String name();

    /** One sentence telling a customer what this trade covers. */
    String description();

    TradeKind kind();

    /** Price units a listing of this trade may use. */
    default Set<PriceUnit> priceUnits() {
        return kind() == TradeKind.PRODUCT ? EnumSet.of(PriceUnit.ITEM) : EnumSet.of(PriceUnit.HOUR);
    }

    /** What a listing of this trade holds beyond title, description and price. */
    List<AttributeDefinition> listingAttributes();

    /** The options a customer picks when booking or ordering. */
    List<AttributeDefinition> requestAttributes();

    /** Checks across listing attributes that single-field checks cannot make. */
    default List<FieldError> validateListing(AttributeValues listing) {
        return List.of();
    }

    /**
     * Options a customer should start from for this listing where the plain defaults would not fit
     * it, e.g. a gardener who does not weed. Raw values, as in a request; none by default.
     */
    default Map<String, Object> suggestedOptions(AttributeValues listing) {
        return Map.of();
    }

    /** Prices a request as lines in money. Must not fail for checked input. */
    Quote price(PricingRequest request);

    TradeRules rules();

    /**
     * The Faces fragment, shipped in this jar under {@code META-INF/resources}, that shows the
     * request options; by convention {@code /trade/<code>/options.xhtml}.
     */
    default String formFragment() {
        return "/trade/" + code() + "/options.xhtml";
    }
}
