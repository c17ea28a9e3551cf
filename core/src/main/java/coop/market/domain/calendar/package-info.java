/**
 * Members' calendar feeds: the secret address a member gives their calendar app so their work
 * appears there. Its secret is kept as it is, so the member can see the address again (to add it
 * to another phone, say); it opens only a read-only list of their job times and places, and
 * replacing it revokes the old address at once.
 */
package coop.market.domain.calendar;
