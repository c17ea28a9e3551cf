package coop.market.web.faces;

import coop.market.application.ListingDetails;
import coop.market.application.ListingPhotoService;
import coop.market.application.ListingService;
import coop.market.application.CooperativeService;
import coop.market.application.MemberService;
import coop.market.domain.listing.Listing;
import coop.market.domain.shared.Money;
import coop.market.application.PriceEstimate;
import coop.market.domain.listing.PhotoInfo;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import coop.market.spi.AttributeValues;
import coop.market.spi.RuleFinding;
import coop.market.spi.TradeKind;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One listing: what it is, who does it, and a price worked out for the options a customer picks
 * in the trade's own form fragment.
 *
 * <p>Request scoped, and the page's view keeps no state for a visitor who is not signed in ({@code f:view
 * transient}), so looking at a listing and working out a price start no session and the page as first shown is the
 * same for every such visitor, which {@code PageCacheFilter} keeps. The price form sends the listing's id back as a
 * plain {@code id} field, and the listing is looked up when first asked for: on a postback the form (the trade's
 * fragment among it) is built before any value is applied. Adding to the basket starts the session the basket is in.
 */
@Named
@RequestScoped
public class ListingView {

    static final String PAGE = "/shop/listing.xhtml";

    @Inject
    ListingService listingService;

    @Inject
    CooperativeService cooperative;

    @Inject
    Formats format;

    @Inject
    ListingPhotoService photoService;

    @Inject
    MemberService members;

    @Inject
    ShopBasket basket;

    private String id;
    private ListingDetails details;
    private List<PhotoInfo> photos = List.of();
    private final Map<String, Object> options = new HashMap<>();
    private String date;
    private int quantity = 1;
    private PriceEstimate estimate;
    private List<FieldError> errors = List.of();
    private String story;

    /** A listing that does not exist, or is not asked for, is a "not found" page. */
    public void load() throws IOException {
        if (details() == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such listing");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** The listing, its photos and the member's story, and the form's first choices: looked up once a request. */
    private ListingDetails details() {
        if (details != null) {
            return details;
        }
        String wanted = id != null ? id
                : FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (wanted == null) {
            return null;
        }
        try {
            details = listingService.get(wanted);
        } catch (NotFoundException e) {
            return null;
        }
        id = wanted;
        photos = photoService.of(id);
        story = members.get(details.listing().memberId()).story();
        options.putAll(AttributeValues.defaults(details.trade().requestAttributes()).asMap());
        options.putAll(details.trade().suggestedOptions(details.attributes()));
        if (date == null) {
            date = LocalDate.now(cooperative.zone()).plusWeeks(1).toString();
        }
        return details;
    }

    /** Works out the price for the chosen options; problems are shown beside the form. */
    public void estimate() {
        estimate = null;
        errors = List.of();
        LocalDate day;
        try {
            day = LocalDate.parse(date == null ? "" : date.strip());
        } catch (DateTimeParseException e) {
            errors = List.of(new FieldError("date", "Enter a date like 2027-05-12"));
            return;
        }
        try {
            estimate = listingService.estimate(id, ListingOptions.raw(options), quantity, day);
        } catch (InvalidInputException e) {
            errors = e.errors();
        }
    }

    /** Puts so many of a product in the basket; more than are in stock is explained beside the field. */
    public void addToBasket() throws IOException {
        errors = List.of();
        Listing listing = details().listing();
        int inBasket = basket.getProducts().stream().filter(line -> line.choice().listingId().equals(id))
                .mapToInt(line -> line.choice().quantity()).sum();
        if (quantity < 1 || quantity > 1000) {
            errors = List.of(new FieldError("quantity", "Choose between 1 and 1000"));
        } else if (!listing.madeToOrder() && quantity + inBasket > listing.stock().orElse(0)) {
            int left = Math.max(0, listing.stock().orElse(0) - inBasket);
            errors = List.of(new FieldError("quantity", left == 0 ? "There are no more in stock"
                    : "There " + (left == 1 ? "is only 1" : "are only " + left) + " left"));
        }
        if (!errors.isEmpty()) {
            return;
        }
        Money price = listing.price();
        boolean added = basket.add(new ProductChoice(id, listing.title(), details.memberFirstName(),
                format.availability(details), quantity, price.minor(), price.currency().getCurrencyCode()));
        if (!added) {
            errors = List.of(new FieldError("quantity", "Your basket is full. Check out what is in it first"));
            return;
        }
        Answers.redirect(BasketView.PAGE + "?added=product");
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    /** What the member wrote about themself for the shop, or null. */
    public String getStory() {
        details();
        return story;
    }

    /**
     * The id of the field an error is about, for the error summary's links: the trade fragment's
     * fields are named after their options ("options.bedrooms" is the field "bedrooms").
     */
    public String fieldId(FieldError error) {
        String field = error.field();
        return field.startsWith("options.") ? field.substring("options.".length()) : field;
    }

    public boolean isProduct() {
        return details() != null && details.trade().kind() == TradeKind.PRODUCT;
    }

    public List<RuleFinding> getWarnings() {
        return estimate == null ? List.of() : estimate.quote().findings().stream()
                .filter(f -> f.severity() == RuleFinding.Severity.WARN).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ListingDetails getDetails() {
        return details();
    }

    public Map<String, Object> getOptions() {
        details();
        return options;
    }

    public String getDate() {
        details();
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    public int getQuantity() {
        return quantity;
    }

    public void setQuantity(int quantity) {
        this.quantity = quantity;
    }

    public PriceEstimate getEstimate() {
        return estimate;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public List<PhotoInfo> getPhotos() {
        details();
        return photos;
    }
}
