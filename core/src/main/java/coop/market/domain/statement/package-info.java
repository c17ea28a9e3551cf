/**
 * A member's statement for a UK tax year (6 April to 5 April), for their self-assessment: money received by
 * month (cash basis), the co-op's contributions, expenses, pay-outs, the trading allowance against actual
 * expenses, and their benefit periods. Made from plain figures the application reads; printed behind
 * {@link coop.market.domain.statement.StatementPrinter}.
 */
package coop.market.domain.statement;
