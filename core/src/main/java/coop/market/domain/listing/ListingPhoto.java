package coop.market.domain.listing;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A photo of a listing, as the shop shows it: a JPEG the co-op made from the upload, with words
 * for people who cannot see it. Photos never change; a new one gets a new id, so it can be cached for good.
 */
@Entity
@Table(name = "listing_photo")
public class ListingPhoto {

    /** A listing shows at most this many photos: enough to show the work, few enough to look through. */
    public static final int MOST_PER_LISTING = 6;

    @Id
    private String id;

    @Column(name = "listing_id")
    private String listingId;

    /** Where it comes among the listing's photos, from 1. */
    private int ordinal;

    @Column(name = "alt_text")
    private String altText;

    private int width;

    private int height;

    /** Read only when the picture itself is served, not when photos are listed. */
    @Basic(fetch = FetchType.LAZY)
    private byte[] image;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ListingPhoto() {
    }

    public ListingPhoto(String id, String listingId, int ordinal, String altText, PreparedPhoto photo,
            Instant createdAt) {
        this.id = Objects.requireNonNull(id);
        this.listingId = Objects.requireNonNull(listingId);
        this.ordinal = ordinal;
        this.altText = Objects.requireNonNull(altText);
        this.width = photo.width();
        this.height = photo.height();
        this.image = photo.jpeg();
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public String id() {
        return id;
    }

    public String listingId() {
        return listingId;
    }

    public int ordinal() {
        return ordinal;
    }

    public String altText() {
        return altText;
    }

    public byte[] image() {
        return image;
    }

    public PhotoInfo info() {
        return new PhotoInfo(id, listingId, ordinal, altText, width, height);
    }
}
