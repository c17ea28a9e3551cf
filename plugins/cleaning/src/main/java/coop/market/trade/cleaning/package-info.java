/** The cleaning trade: hourly home and office cleaning, estimated from bedrooms and bathrooms. */
package coop.market.trade.cleaning;
