/** The crafts trade: hand-made items from stock or to order, with personalisation and delivery. */
package coop.market.trade.crafts;
