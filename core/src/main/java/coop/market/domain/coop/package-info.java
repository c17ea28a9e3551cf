/** The co-operative itself: legal details, contact, zone and currency. */
package coop.market.domain.coop;
