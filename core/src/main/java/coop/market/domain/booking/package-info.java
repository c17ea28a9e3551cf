/** Bookings of members' services: their life from request to completion, and their history. */
package coop.market.domain.booking;
