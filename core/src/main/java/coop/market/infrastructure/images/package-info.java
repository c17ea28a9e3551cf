/**
 * Pictures with the JDK's own ImageIO: the adapter behind the domain's
 * {@link coop.market.domain.listing.PhotoPreparer}.
 */
package coop.market.infrastructure.images;
