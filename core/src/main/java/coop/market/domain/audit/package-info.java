/** The audit log: every action staff (or supporters) take on a member's behalf. */
package coop.market.domain.audit;
