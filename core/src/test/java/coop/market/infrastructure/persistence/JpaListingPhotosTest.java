package coop.market.infrastructure.persistence;

import static coop.market.infrastructure.persistence.Fixtures.member;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import coop.market.domain.listing.ListingPhoto;
import coop.market.domain.listing.PhotoInfo;
import coop.market.domain.listing.PreparedPhoto;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@Tag("database")
class JpaListingPhotosTest {

    @RegisterExtension
    final TestDatabase db = new TestDatabase();

    @BeforeEach
    void addMemberAndListings() {
        db.inTransaction(em -> {
            new JpaMemberRepository(em).add(member("m1", "Grace Adeyemi", Set.of("cleaning"), Set.of("BR7")));
            new JpaListingRepository(em).add(Fixtures.service("l1", "m1", "cleaning", "Cleaning", "Homes", Fixtures.T0));
            new JpaListingRepository(em).add(Fixtures.service("l2", "m1", "cleaning", "Offices", "Offices", Fixtures.T0));
            new JpaListingRepository(em).add(Fixtures.service("l3", "m1", "cleaning", "Windows", "Windows", Fixtures.T0));
        });
    }

    @Test
    void photosAreListedInOrderWithoutTheirPicturesAndServedWithThem() {
        byte[] picture = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
        add("p2", "l1", 2, "A tidy kitchen");
        add("p1", "l1", 1, "A shining bathroom");
        db.inTransaction(em -> new JpaListingPhotos(em).add(new ListingPhoto("p3", "l2", 1, "An office",
                new PreparedPhoto(picture, 800, 600), Fixtures.T0)));

        JpaListingPhotos photos = new JpaListingPhotos(db.entityManager());

        assertEquals(List.of("p1", "p2"), photos.of("l1").stream().map(PhotoInfo::id).toList());
        assertEquals(new PhotoInfo("p3", "l2", 1, "An office", 800, 600), photos.of("l2").get(0));
        assertEquals(Set.of("l1", "l2"), photos.firstOf(List.of("l1", "l2", "l3")).keySet());
        assertEquals("p1", photos.firstOf(List.of("l1", "l2", "l3")).get("l1").id());
        assertArrayEquals(picture, photos.find("p3").orElseThrow().image());
    }

    @Test
    void aRemovedPhotoIsGone() {
        add("p1", "l1", 1, "A shining bathroom");

        db.inTransaction(em -> new JpaListingPhotos(em).remove(new JpaListingPhotos(em).find("p1").orElseThrow()));

        assertEquals(List.of(), new JpaListingPhotos(db.entityManager()).of("l1"));
    }

    private void add(String id, String listingId, int ordinal, String words) {
        db.inTransaction(em -> new JpaListingPhotos(em).add(new ListingPhoto(id, listingId, ordinal, words,
                new PreparedPhoto(new byte[] {1, 2, 3}, 1600, 1200), Fixtures.T0)));
    }
}
