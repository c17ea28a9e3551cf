package coop.market.infrastructure.persistence;

import coop.market.application.ShopVersion;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

/**
 * Tells {@link ShopVersion} of every write of what the shop shows: listings, their photos, members and the co-op
 * (attached to those entities in {@code META-INF/shop-changes.xml}, which keeps the domain free of it). At the
 * entity rather than in each service, so a new way of changing a listing (its stock taken by an order, say)
 * cannot forget to.
 */
public class ShopChangeListener {

    /** Injected by the container; null where JPA runs without one (core's persistence tests): nobody to tell. */
    @Inject
    ShopVersion shopVersion;

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        if (shopVersion != null) {
            shopVersion.changing();
        }
    }
}
