/**
 * A member's circle of support: the people (family, support workers) a member names to see their
 * work and, if the member allows, to answer requests for them. Everything a supporter does for a
 * member is in the member's audit log.
 */
package coop.market.domain.support;
