package coop.market.infrastructure.persistence;

import coop.market.domain.listing.ListingPhoto;
import coop.market.domain.listing.ListingPhotos;
import coop.market.domain.listing.PhotoInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Listing photos in JPA. Lists read the photos' facts only, never the pictures. */
@ApplicationScoped
public class JpaListingPhotos implements ListingPhotos {

    private static final String INFO = "select new coop.market.domain.listing.PhotoInfo(p.id, p.listingId, p.ordinal, p.altText,"
            + " p.width, p.height) from ListingPhoto p";

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaListingPhotos() {
    }

    public JpaListingPhotos(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(ListingPhoto photo) {
        em.persist(photo);
        em.flush();
    }

    @Override
    public Optional<ListingPhoto> find(String id) {
        return Optional.ofNullable(id).map(key -> em.find(ListingPhoto.class, key));
    }

    @Override
    public List<PhotoInfo> of(String listingId) {
        return em.createQuery(INFO + " where p.listingId = :listing order by p.ordinal", PhotoInfo.class)
                .setParameter("listing", listingId)
                .getResultList();
    }

    @Override
    public Map<String, PhotoInfo> firstOf(Collection<String> listingIds) {
        Map<String, PhotoInfo> first = new LinkedHashMap<>();
        if (listingIds.isEmpty()) {
            return first;
        }
        em.createQuery(INFO + " where p.listingId in :listings order by p.listingId, p.ordinal", PhotoInfo.class)
                .setParameter("listings", listingIds)
                .getResultList()
                .forEach(photo -> first.putIfAbsent(photo.listingId(), photo));
        return first;
    }

    @Override
    public void remove(ListingPhoto photo) {
        em.remove(em.contains(photo) ? photo : em.merge(photo));
        em.flush();
    }
}
