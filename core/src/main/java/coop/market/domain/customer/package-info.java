/** Customers: households and organisations who buy members' work. */
package coop.market.domain.customer;
