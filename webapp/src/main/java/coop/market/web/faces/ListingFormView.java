package coop.market.web.faces;

import coop.market.application.CooperativeService;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.Money;
import coop.market.spi.AttributeDefinition;
import coop.market.spi.AttributeType;
import coop.market.spi.PriceUnit;
import coop.market.spi.Trade;
import coop.market.spi.TradeKind;
import coop.market.spi.TradeRegistry;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The listing form staff fill in, listing a member's work ({@link NewListingView}) or changing it
 * ({@link EditListingView}): title, description, price and unit, for products the stock and days to make one, and
 * the trade's own options drawn from its attribute definitions (so a new trade plugin needs no page of its own).
 * The pages lay it out with {@code WEB-INF/includes/listing-fields.xhtml}. Everything typed stays as typed until it
 * is saved.
 */
public abstract class ListingFormView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Through Instance: the registry is a plain singleton, which a view-scoped bean may not hold itself. */
    @Inject
    Instance<TradeRegistry> trades;

    @Inject
    CooperativeService cooperative;

    private String title;
    private String description;
    private String price;
    private String priceUnit;
    private String stock;
    private String leadTimeDays;
    private final Map<String, Object> values = new HashMap<>();
    private List<FieldError> errors = List.of();

    /** The code of the listing's trade. */
    protected abstract String tradeCode();

    /** Fills the form from a listing's price and unit, stock, lead time and options (or the trade's defaults). */
    protected void fill(Money shownPrice, PriceUnit unit, Integer inStock, Integer leadTime,
            Map<String, Object> options) {
        price = shownPrice == null ? null : shownPrice.toDecimal().toPlainString();
        priceUnit = unit.name();
        stock = inStock == null ? null : inStock.toString();
        leadTimeDays = leadTime == null ? null : leadTime.toString();
        options.forEach((name, value) -> values.put(name, shown(definition(name), value)));
    }

    protected void fillWords(String title, String description) {
        this.title = title;
        this.description = description;
    }

    /** What a field shows for a value: money in pounds, lists as arrays for the boxes, numbers as text. */
    private static Object shown(AttributeDefinition definition, Object value) {
        if (value == null) {
            return null;
        }
        return switch (definition.type()) {
            case MONEY -> value instanceof Money money ? money.toDecimal().toPlainString() : value.toString();
            case CHOICES -> ((List<?>) value).toArray(new String[0]);
            case INTEGER, TEXT, CHOICE -> value.toString();
            case BOOLEAN -> value;
        };
    }

    /**
     * The form as the listing service takes it, or null with the problems shown when something typed is not even a
     * number or an amount.
     */
    protected Typed typed() {
        List<FieldError> found = new ArrayList<>();
        Long pence = Pounds.toPence(price);
        if (pence == null) {
            found.add(new FieldError("price", "Enter a price in pounds, like 15.00"));
        }
        Integer inStock = wholeNumber(stock, "stock", "Enter how many are in stock, or leave it empty", found);
        Integer leadTime = wholeNumber(leadTimeDays, "leadTimeDays", "Enter a number of days, or leave it empty",
                found);
        Map<String, Object> attributes = attributes(found);
        errors = found;
        return found.isEmpty() ? new Typed(pence, cooperative.currency().getCurrencyCode(), attributes, inStock,
                leadTime) : null;
    }

    /** The numbers and options typed, read. */
    protected record Typed(Long priceMinor, String currency, Map<String, Object> attributes, Integer stock,
            Integer leadTimeDays) {
    }

    /** Shows the service's refusal beside the fields. */
    protected void refused(InvalidInputException e) {
        errors = e.errors().stream().map(ListingFormView::onThePage).toList();
    }

    /** The options as the service takes them: money as minor units, ticked boxes as lists, empty ones left out. */
    private Map<String, Object> attributes(List<FieldError> found) {
        Map<String, Object> typed = new LinkedHashMap<>();
        for (AttributeDefinition definition : getOptions()) {
            Object value = values.get(definition.name());
            if (value instanceof String text && text.isBlank()) {
                continue;
            }
            if (definition.type() == AttributeType.MONEY && value != null) {
                Long minor = Pounds.toPence(value.toString());
                if (minor == null) {
                    found.add(new FieldError(definition.name(), definition.label() + ": enter an amount in pounds"));
                    continue;
                }
                value = Map.of("minor", minor, "currency", cooperative.currency().getCurrencyCode());
            }
            typed.put(definition.name(), value);
        }
        return ListingOptions.raw(typed);
    }

    private static Integer wholeNumber(String text, String field, String message, List<FieldError> found) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            found.add(new FieldError(field, message));
            return null;
        }
    }

    /** The service names the options "attributes.tasks"; the page's inputs are named "tasks". */
    private static FieldError onThePage(FieldError error) {
        String field = error.field();
        if (field.startsWith("attributes.")) {
            return new FieldError(field.substring("attributes.".length()), error.message());
        }
        return field.equals("price.minor") ? new FieldError("price", error.message()) : error;
    }

    private AttributeDefinition definition(String name) {
        return getOptions().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    public Trade chosenTrade() {
        return trades.get().find(tradeCode()).orElseThrow();
    }

    public List<AttributeDefinition> getOptions() {
        return chosenTrade().listingAttributes();
    }

    public List<PriceUnit> getPriceUnits() {
        return List.copyOf(chosenTrade().priceUnits());
    }

    /** "an hour", "a visit", "each". */
    public String unitWords(PriceUnit unit) {
        return switch (unit) {
            case HOUR -> "an hour";
            case VISIT -> "a visit";
            case ITEM -> "each";
        };
    }

    public boolean isProduct() {
        return chosenTrade().kind() == TradeKind.PRODUCT;
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public Map<String, Object> getValues() {
        return values;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public String getPriceUnit() {
        return priceUnit;
    }

    public void setPriceUnit(String priceUnit) {
        this.priceUnit = priceUnit;
    }

    public String getStock() {
        return stock;
    }

    public void setStock(String stock) {
        this.stock = stock;
    }

    public String getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(String leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }
}
