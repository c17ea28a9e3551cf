package coop.market.web.faces;

import jakarta.faces.context.FacesContext;
import java.io.IOException;

import coop.market.application.CoopContact;
import coop.market.application.CooperativeService;
import coop.market.application.ListingDetails;
import coop.market.application.ListingPhotoService;
import coop.market.application.ListingService;
import coop.market.domain.listing.PhotoInfo;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.spi.Trade;
import coop.market.spi.TradeRegistry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The shop's front page: the co-op's trades and a search by postcode, trade and words. Search is
 * a plain GET form, so results can be bookmarked and the back button works.
 */
@Named
@RequestScoped
public class ShopView {

    private static final int PAGE = 24;

    @Inject
    ListingService listingService;

    @Inject
    ListingPhotoService photos;

    @Inject
    TradeRegistry trades;

    @Inject
    CooperativeService cooperative;

    private String trade;
    private String postcode;
    private String q;
    private List<ListingDetails> listings = List.of();
    private Map<String, PhotoInfo> firstPhotos = Map.of();
    private List<FieldError> errors = List.of();
    private CoopContact contact;

    public void load() {
        keepNoStateForAnonymousVisitors();
        try {
            listings = listingService.search(trade, postcode, q, 0, PAGE);
        } catch (InvalidInputException e) {
            errors = e.errors();
            listings = listingService.search(trade != null && trades.find(trade).isPresent() ? trade : null, null, q,
                    0, PAGE);
        }
        firstPhotos = photos.firstOf(listings.stream().map(item -> item.listing().id()).toList());
    }

    /**
     * A visitor who is not signed in is shown no Faces form here (the header's sign-out form is for the signed in),
     * so their view need keep no state. MyFaces would otherwise start a session to keep it in before rendering, and a
     * page rendered with a new session is the visitor's own: PageCacheFilter could not keep it for the next visitor.
     */
    private static void keepNoStateForAnonymousVisitors() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getExternalContext().getUserPrincipal() == null) {
            faces.getViewRoot().setTransient(true);
        }
    }

    /** A trade's own page: only its listings; a trade that is not installed is a "not found" page. */
    public void loadTrade() throws IOException {
        if (trade == null || trades.find(trade).isEmpty()) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, "No such trade");
            faces.responseComplete();
            return;
        }
        load();
    }

    /** The trade chosen, for its page's heading and description. */
    public Trade getChosenTrade() {
        return trade == null ? null : trades.find(trade).orElse(null);
    }

    /** The listing's first photo, or null: the card then shows none. */
    public PhotoInfo photoOf(ListingDetails item) {
        return firstPhotos.get(item.listing().id());
    }

    public List<Trade> getTrades() {
        return trades.all();
    }

    public String getCoopName() {
        return getContact().coopName();
    }

    /**
     * The co-op's help contact, at the foot of every page. A page asks for it (and the name) half a dozen times:
     * it is kept for the request, not asked of the service each time (docs/PERFORMANCE.md, storefront).
     */
    public CoopContact getContact() {
        if (contact == null) {
            contact = cooperative.contact();
        }
        return contact;
    }

    public boolean isFiltered() {
        return notBlank(trade) || notBlank(postcode) || notBlank(q);
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    public List<ListingDetails> getListings() {
        return listings;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public String getTrade() {
        return trade;
    }

    public void setTrade(String trade) {
        this.trade = trade;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
