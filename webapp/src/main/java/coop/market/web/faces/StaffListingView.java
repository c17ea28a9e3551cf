package coop.market.web.faces;

import coop.market.application.ListingDetails;
import coop.market.application.ListingPhotoService;
import coop.market.application.ListingService;
import coop.market.domain.account.Actor;
import coop.market.domain.listing.ListingPhoto;
import coop.market.domain.listing.PhotoInfo;
import coop.market.domain.listing.PhotoPreparer;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldError;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import coop.market.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One listing, for staff, in the shop or taken out of it: what the shop shows, a link to change it, taking it out of
 * the shop or putting it back, and its photos: add one (a JPEG or PNG, with words for people who cannot see it) or
 * remove one. The buttons are plain submit buttons read by the page's view action, as on the booking page.
 */
@Named
@RequestScoped
public class StaffListingView {

    static final String PAGE = "/staff/listing.xhtml";

    @Inject
    ListingService listings;

    @Inject
    ListingPhotoService photos;

    @Inject
    SignedIn signedIn;

    private String id;
    private String said;
    private String altText;
    private ListingDetails details;
    private List<PhotoInfo> shown = List.of();
    private List<FieldError> errors = List.of();
    private String shopError;

    /** Staff only; adds or removes a photo when a button was pressed, then shows the listing. */
    public void load() throws IOException, ServletException {
        Optional<Actor> staff = signedIn.actor().filter(Actor::isStaff);
        if (staff.isEmpty()) {
            Answers.redirect("/sign-in.xhtml?next=" + PAGE + (id == null ? "" : "?id=" + Answers.encoded(id)));
            return;
        }
        try {
            details = listings.getForStaff(id, staff.get());
        } catch (NotFoundException e) {
            details = null;
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        if (faces.isPostback() && "add".equals(parameters.get("act"))) {
            altText = parameters.get("altText");
            if (add((HttpServletRequest) faces.getExternalContext().getRequest(), staff.get())) {
                return;
            }
        } else if (faces.isPostback() && ("withdraw".equals(parameters.get("act"))
                || "relist".equals(parameters.get("act")))) {
            if (putInShop("relist".equals(parameters.get("act")), staff.get())) {
                return;
            }
        } else if (faces.isPostback() && parameters.get("remove") != null) {
            remove(parameters.get("remove"), staff.get());
            return;
        }
        shown = photos.of(id);
    }

    /** True when the page has been answered with a redirect. */
    private boolean add(HttpServletRequest request, Actor staff) throws IOException, ServletException {
        Part part = request.getPart("photo");
        byte[] upload;
        if (part == null || part.getSize() == 0) {
            upload = new byte[0];
        } else if (part.getSize() > PhotoPreparer.MOST_BYTES) {
            errors = List.of(new FieldError("photo", PhotoPreparer.TOO_BIG)); // not even read
            return false;
        } else {
            try (InputStream in = part.getInputStream()) {
                upload = in.readAllBytes();
            }
        }
        try {
            photos.add(id, upload, altText, staff);
        } catch (InvalidInputException e) {
            errors = e.errors();
            return false;
        } catch (ConflictException e) {
            errors = List.of(new FieldError("photo", e.getMessage()));
            return false;
        }
        Answers.redirect(PAGE + "?id=" + Answers.encoded(id) + "&said=added");
        return true;
    }

    /** True when the page has been answered with a redirect; false when it was refused (the member is not working). */
    private boolean putInShop(boolean inShop, Actor staff) throws IOException {
        try {
            details = listings.putInShop(id, inShop, staff);
        } catch (ConflictException e) {
            shopError = e.getMessage();
            return false;
        }
        Answers.redirect(PAGE + "?id=" + Answers.encoded(id) + "&said=" + (inShop ? "relisted" : "withdrawn"));
        return true;
    }

    private void remove(String photoId, Actor staff) throws IOException {
        if (photos.of(id).stream().anyMatch(photo -> photo.id().equals(photoId))) {
            photos.remove(photoId, staff);
        }
        Answers.redirect(PAGE + "?id=" + Answers.encoded(id) + "&said=removed");
    }

    public String getNoticeText() {
        return said == null ? null : switch (said) {
            case "added" -> "The photo is added. The shop shows it now.";
            case "listed" -> "The listing is in the shop now. Add photos of the work below.";
            case "removed" -> "The photo is removed from the shop.";
            case "changed" -> "The changes are saved. The shop shows them now.";
            case "withdrawn" -> "The listing is out of the shop. Its bookings and orders stay as they are.";
            case "relisted" -> "The listing is back in the shop.";
            default -> null;
        };
    }

    public boolean isInShop() {
        return details.listing().active();
    }

    public String getShopError() {
        return shopError;
    }

    public boolean isFound() {
        return details != null;
    }

    public boolean isFull() {
        return shown.size() >= ListingPhoto.MOST_PER_LISTING;
    }

    public String errorFor(String field) {
        return FormErrors.messageFor(errors, field);
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    public ListingDetails getDetails() {
        return details;
    }

    public List<PhotoInfo> getPhotos() {
        return shown;
    }

    public String getAltText() {
        return altText;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSaid() {
        return said;
    }

    public void setSaid(String said) {
        this.said = said;
    }
}
