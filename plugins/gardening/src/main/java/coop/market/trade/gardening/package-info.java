/** The gardening trade: hourly or per-visit garden work with seasonal rules for mowing and hedges. */
package coop.market.trade.gardening;
