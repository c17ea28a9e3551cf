package coop.market.web.faces;

import coop.market.application.ListingDetails;
import coop.market.application.ListingPhotoService;
import coop.market.application.ListingService;
import coop.market.application.CooperativeService;
import coop.market.application.PriceEstimate;
import coop.market.domain.listing.PhotoInfo;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import coop.market.spi.AttributeValues;
import coop.market.spi.RuleFinding;
import coop.market.spi.TradeKind;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One listing: what it is, who does it, and a price worked out for the options a customer picks
 * in the trade's own form fragment.
 */
@Named
@ViewScoped
public class ListingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ListingService listingService;

    @Inject
    CooperativeService cooperative;

    @Inject
    ListingPhotoService photoService;

    private String id;
    private ListingDetails details;
    private List<PhotoInfo> photos = List.of();
    private final Map<String, Object> options = new HashMap<>();
    private String date;
    private int quantity = 1;
    private PriceEstimate estimate;
    private List<FieldError> errors = List.of();

    public void load() throws IOException {
        if (details != null) {
            return;
        }
        try {
            details = listingService.get(id);
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such listing");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        photos = photoService.of(id);
        options.putAll(AttributeValues.defaults(details.trade().requestAttributes()).asMap());
        options.putAll(details.trade().suggestedOptions(details.attributes()));
        date = LocalDate.now(cooperative.zone()).plusWeeks(1).toString();
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
            estimate = listingService.estimate(id, rawOptions(), quantity, day);
        } catch (InvalidInputException e) {
            errors = e.errors();
        }
    }

    /** Form values as the service expects them: lists rather than arrays; empty fields take defaults. */
    private Map<String, Object> rawOptions() {
        Map<String, Object> raw = new LinkedHashMap<>();
        options.forEach((name, value) -> {
            if (value instanceof Object[] array) {
                raw.put(name, Arrays.asList(array));
            } else if (value != null) {
                raw.put(name, value);
            }
        });
        return raw;
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
        return details != null && details.trade().kind() == TradeKind.PRODUCT;
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
        return details;
    }

    public Map<String, Object> getOptions() {
        return options;
    }

    public String getDate() {
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
        return photos;
    }
}
