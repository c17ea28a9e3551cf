/**
 * Paying members what they earned: the co-op's contribution taken from each member's share (a dated policy
 * in tiers, with a cap and per-member overrides), and pay-out runs.
 */
package coop.market.domain.payout;
