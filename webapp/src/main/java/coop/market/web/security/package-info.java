/**
 * Who is calling: HTTP Basic (one request at a time), or the session begun on the sign-in page,
 * checked against the co-op's accounts by a database identity store; and what each role may reach
 * ({@code Allow}, {@code Public}).
 */
package coop.market.web.security;
