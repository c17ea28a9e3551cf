package coop.market.application;

import coop.market.domain.account.Actor;
import coop.market.domain.audit.AuditEntry;
import coop.market.domain.audit.AuditLog;
import coop.market.domain.listing.Listing;
import coop.market.domain.listing.ListingPhoto;
import coop.market.domain.listing.ListingPhotos;
import coop.market.domain.listing.ListingRepository;
import coop.market.domain.listing.PhotoInfo;
import coop.market.domain.listing.PhotoPreparer;
import coop.market.domain.listing.PreparedPhoto;
import coop.market.domain.shared.ConflictException;
import coop.market.domain.shared.FieldErrors;
import coop.market.domain.shared.Ids;
import coop.market.domain.shared.InvalidInputException;
import coop.market.domain.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Photos of listings: staff add them (with words for people who cannot see them) and take them away;
 * the shop shows them. Every change is in the member's audit log.
 */
@ApplicationScoped
@Transactional
public class ListingPhotoService {

    /** Long enough to say what the photo shows; short enough to be read out in one breath. */
    static final int LONGEST_ALT_TEXT = 200;

    @Inject
    ListingPhotos photos;

    @Inject
    ListingRepository listings;

    @Inject
    PhotoPreparer preparer;

    @Inject
    AuditLog audit;

    @Inject
    Clock clock;

    /** Adds a photo after the listing's others; the words are required, since a picture alone says nothing to some. */
    public PhotoInfo add(String listingId, byte[] upload, String altText, Actor actor) {
        Permissions.requireStaff(actor, "add photos to listings");
        Listing listing = listings.find(listingId).orElseThrow(() -> new NotFoundException("Listing", listingId));
        FieldErrors errors = new FieldErrors();
        errors.requireText("altText", altText, LONGEST_ALT_TEXT);
        PreparedPhoto prepared = null;
        try {
            prepared = preparer.prepare(upload);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        errors.throwIfAny();
        List<PhotoInfo> existing = photos.of(listingId);
        if (existing.size() >= ListingPhoto.MOST_PER_LISTING) {
            throw new ConflictException("too-many-photos", "A listing shows at most " + ListingPhoto.MOST_PER_LISTING
                    + " photos. Remove one first.");
        }
        int after = existing.isEmpty() ? 0 : existing.get(existing.size() - 1).ordinal();
        ListingPhoto photo = new ListingPhoto(Ids.newId(), listingId, after + 1, altText.strip(), prepared,
                clock.instant());
        photos.add(photo);
        audit.record(new AuditEntry(Ids.newId(), clock.instant(), actor.accountId(), actor.email(),
                listing.memberId(), "listing.photo.added", listing.title() + ": " + photo.altText()));
        return photo.info();
    }

    public void remove(String photoId, Actor actor) {
        Permissions.requireStaff(actor, "remove photos from listings");
        ListingPhoto photo = photos.find(photoId).orElseThrow(() -> new NotFoundException("Photo", photoId));
        Listing listing = listings.find(photo.listingId()).orElseThrow();
        photos.remove(photo);
        audit.record(new AuditEntry(Ids.newId(), clock.instant(), actor.accountId(), actor.email(),
                listing.memberId(), "listing.photo.removed", listing.title() + ": " + photo.altText()));
    }

    /** A listing's photos in order, for anyone: the shop shows them. */
    public List<PhotoInfo> of(String listingId) {
        return photos.of(listingId);
    }

    /** The first photo of each listing that has one. */
    public Map<String, PhotoInfo> firstOf(Collection<String> listingIds) {
        return photos.firstOf(listingIds);
    }

    /** The picture itself, as a JPEG. */
    public Optional<byte[]> jpeg(String photoId) {
        return photos.find(photoId).map(ListingPhoto::image);
    }
}
