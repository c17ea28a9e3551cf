/** Calendars in iCalendar (RFC 5545), written by hand: no library, and no HTTP. */
package coop.market.infrastructure.calendar;
