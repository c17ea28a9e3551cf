package coop.market.web.faces;

import coop.market.application.ListingChange;
import coop.market.application.ListingDetails;
import coop.market.application.ListingService;
import coop.market.domain.account.Actor;
import coop.market.domain.listing.Listing;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import coop.market.web.security.SignedIn;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/**
 * Changing a listing, for staff: the listing form ({@link ListingFormView}) filled from the listing as it is, in the
 * shop or out of it. A new price is for what is booked or ordered from now on. Back to the listing's page when saved.
 */
@Named
@ViewScoped
public class EditListingView extends ListingFormView {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/staff/edit-listing.xhtml";

    @Inject
    ListingService listings;

    @Inject
    SignedIn signedIn;

    private String id;
    private String trade;
    private String shownTitle;
    private String memberName;

    /** Staff only. */
    public void load() throws IOException {
        Actor staff = signedIn.actor().filter(Actor::isStaff).orElse(null);
        if (staff == null) {
            Answers.redirect("/sign-in.xhtml?next=" + Answers.encoded(PAGE + (id == null ? "" : "?id=" + id)));
            return;
        }
        if (trade != null) {
            return;
        }
        ListingDetails details;
        try {
            details = listings.getForStaff(id, staff);
        } catch (NotFoundException e) {
            return;
        }
        Listing listing = details.listing();
        trade = listing.trade();
        shownTitle = listing.title();
        memberName = details.memberFirstName();
        fillWords(listing.title(), listing.description());
        fill(listing.price(), listing.priceUnit(), listing.stock().orElse(null), listing.leadTimeDays().orElse(null),
                details.attributes().asMap());
    }

    public void save() throws IOException {
        Actor staff = signedIn.actor().filter(Actor::isStaff).orElseThrow();
        Typed typed = typed();
        if (typed == null) {
            return;
        }
        try {
            listings.change(id, new ListingChange(getTitle(), getDescription(), typed.priceMinor(), typed.currency(),
                    getPriceUnit(), typed.attributes(), typed.stock(), typed.leadTimeDays(), null), staff);
        } catch (InvalidInputException e) {
            refused(e);
            return;
        }
        Answers.redirect(StaffListingView.PAGE + "?id=" + Answers.encoded(id) + "&said=changed");
    }

    @Override
    protected String tradeCode() {
        return trade;
    }

    public boolean isFound() {
        return trade != null;
    }

    /** The title as it was when the page opened (the heading does not follow what is typed). */
    public String getShownTitle() {
        return shownTitle;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
