/**
 * The co-op's reports for staff, over a period they choose (a UK tax year or a month): each member's earnings as
 * their statements count them (money received for them, cash basis), and the contributions the co-op kept at
 * pay-outs, month by month. Made from the same plain figures as members' statements, so the two agree.
 */
package coop.market.domain.report;
