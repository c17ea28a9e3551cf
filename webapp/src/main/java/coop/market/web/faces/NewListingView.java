package coop.market.web.faces;

import coop.market.application.CooperativeService;
import coop.market.application.ListingDetails;
import coop.market.application.ListingService;
import coop.market.application.MemberService;
import coop.market.application.NewListing;
import coop.market.domain.account.Actor;
import coop.market.domain.member.Member;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import coop.market.spi.AttributeDefinition;
import coop.market.spi.AttributeType;
import coop.market.spi.AttributeValues;
import coop.market.spi.PriceUnit;
import coop.market.spi.Trade;
import coop.market.spi.TradeKind;
import coop.market.spi.TradeRegistry;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Listing a member's work or craft in the shop, for staff: the trade's own listing options (drawn from its
 * attribute definitions, so a new trade plugin needs no page of its own), a title and description, the price, and
 * for crafts the stock (none given: made to order) and how long one takes to make. The new listing's page follows,
 * to add photos.
 */
@Named
@ViewScoped
public class NewListingView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/staff/new-listing.xhtml";

    @Inject
    ListingService listings;

    @Inject
    MemberService members;

    /** Through Instance: the registry is a plain singleton, which a view-scoped bean may not hold itself. */
    @Inject
    Instance<TradeRegistry> trades;

    @Inject
    CooperativeService cooperative;

    @Inject
    SignedIn signedIn;

    private String member;
    private String trade;
    private String memberName;
    private String title;
    private String description;
    private String price;
    private String priceUnit;
    private String stock;
    private String leadTimeDays;
    private final Map<String, Object> values = new HashMap<>();
    private List<FieldError> errors = List.of();

    /** Staff only; the member must do the trade. */
    public void load() throws IOException {
        if (signedIn.actor().filter(Actor::isStaff).isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + Answers.encoded(PAGE + "?member=" + member + "&trade=" + trade));
            return;
        }
        if (memberName != null) {
            return;
        }
        Member found;
        try {
            found = member == null ? null : members.get(member);
        } catch (NotFoundException e) {
            found = null;
        }
        if (found == null || trade == null || !found.trades().contains(trade) || trades.get().find(trade).isEmpty()) {
            Answers.redirect(MembersView.PAGE);
            return;
        }
        memberName = found.displayName();
        priceUnit = chosenTrade().priceUnits().iterator().next().name();
        AttributeValues.defaults(chosenTrade().listingAttributes()).asMap().forEach((name, value) -> {
            AttributeDefinition definition = definition(name);
            values.put(name, shown(definition, value));
        });
    }

    /** What a field shows for a default: money in pounds, lists as arrays for the boxes, numbers as text. */
    private static Object shown(AttributeDefinition definition, Object value) {
        if (value == null) {
            return null;
        }
        return switch (definition.type()) {
            case MONEY -> value instanceof coop.market.domain.shared.Money money ? money.toDecimal().toPlainString()
                    : value.toString();
            case CHOICES -> ((List<?>) value).toArray(new String[0]);
            case INTEGER, TEXT, CHOICE -> value.toString();
            case BOOLEAN -> value;
        };
    }

    public void create() throws IOException {
        Actor staff = signedIn.actor().filter(Actor::isStaff).orElseThrow();
        List<FieldError> found = new ArrayList<>();
        Long pence = Pounds.toPence(price);
        if (pence == null) {
            found.add(new FieldError("price", "Enter a price in pounds, like 15.00"));
        }
        Integer inStock = wholeNumber(stock, "stock", "Enter how many are in stock, or leave it empty", found);
        Integer leadTime = wholeNumber(leadTimeDays, "leadTimeDays", "Enter a number of days, or leave it empty",
                found);
        Map<String, Object> attributes = attributes(found);
        if (!found.isEmpty()) {
            errors = found;
            return;
        }
        ListingDetails created;
        try {
            created = listings.create(new NewListing(member, trade, title, description, pence,
                    cooperative.currency().getCurrencyCode(), priceUnit, attributes, inStock, leadTime), staff);
        } catch (InvalidInputException e) {
            errors = e.errors().stream().map(NewListingView::onThePage).toList();
            return;
        }
        Answers.redirect(StaffListingView.PAGE + "?id=" + Answers.encoded(created.listing().id()) + "&said=listed");
    }

    /** The options as the service takes them: money as minor units, ticked boxes as lists. */
    private Map<String, Object> attributes(List<FieldError> found) {
        Map<String, Object> sent = new LinkedHashMap<>();
        for (AttributeDefinition definition : chosenTrade().listingAttributes()) {
            Object value = values.get(definition.name());
            if (value == null || (value instanceof String text && text.isBlank())) {
                continue;
            }
            if (definition.type() == AttributeType.MONEY) {
                Long minor = Pounds.toPence(value.toString());
                if (minor == null) {
                    found.add(new FieldError(definition.name(), definition.label() + ": enter an amount in pounds"));
                    continue;
                }
                sent.put(definition.name(), Map.of("minor", minor, "currency",
                        cooperative.currency().getCurrencyCode()));
            } else if (value instanceof Object[] ticked) {
                sent.put(definition.name(), Arrays.asList(ticked));
            } else {
                sent.put(definition.name(), value);
            }
        }
        return sent;
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
        return field.equals("priceMinor") ? new FieldError("price", error.message()) : error;
    }

    private AttributeDefinition definition(String name) {
        return chosenTrade().listingAttributes().stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow();
    }

    public Trade chosenTrade() {
        return trades.get().find(trade).orElseThrow();
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

    public String getMemberName() {
        return memberName;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getTrade() {
        return trade;
    }

    public void setTrade(String trade) {
        this.trade = trade;
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
