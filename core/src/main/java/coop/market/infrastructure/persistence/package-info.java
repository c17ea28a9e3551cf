/**
 * JPA adapters behind the domain's repository interfaces, and the Flyway migrations that own the
 * schema on both H2 and PostgreSQL. Every {@code add} flushes at once: rows are written in the
 * order the domain creates them (a member before the listings that name it), and a clash with a
 * unique constraint surfaces inside the service that caused it.
 */
package coop.market.infrastructure.persistence;
