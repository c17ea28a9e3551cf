/**
 * Invoicing customers on members' behalf: invoices and credit notes, and their numbers, which run on
 * without a gap within each year (see {@link coop.market.domain.invoicing.DocumentNumbers}).
 */
package coop.market.domain.invoicing;
