/**
 * Benefit-aware earnings: a member's dated earnings limits (ESA permitted work, a Universal Credit assessment
 * period, or a limit of staff's own), their benefit periods, the dated rate table, expenses and admin hours.
 */
package coop.market.domain.earnings;
