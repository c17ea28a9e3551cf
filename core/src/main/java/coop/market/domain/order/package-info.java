/**
 * Product orders: a customer's order of members' crafts (several members' items at once), its life from placed to
 * fulfilled or cancelled, and when each item will be ready.
 */
package coop.market.domain.order;
