/** Listings: what members offer, each belonging to one trade. */
package coop.market.domain.listing;
