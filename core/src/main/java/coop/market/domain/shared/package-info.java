/**
 * Values every part of the co-op speaks in: money in pence, addresses and postcodes, ids,
 * and the exceptions that say an input was wrong, missing or clashing.
 */
package coop.market.domain.shared;
