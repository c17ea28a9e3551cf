/** Things customers owe besides work done (late cancellation fees), waiting to be invoiced. */
package coop.market.domain.billing;
