/** Sign-in for the API and pages: HTTP Basic or the session, checked against the co-op's accounts. */
package coop.market.web.security;
