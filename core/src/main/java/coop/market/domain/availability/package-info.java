/**
 * When members can work: weekly windows, absences, buffers and caps, and the slots that follow
 * from them on a 30-minute grid in the co-op's local time.
 */
package coop.market.domain.availability;
