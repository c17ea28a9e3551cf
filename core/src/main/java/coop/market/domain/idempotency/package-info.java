/** Idempotency keys: a retried request gets the first answer instead of doing the work twice. */
package coop.market.domain.idempotency;
