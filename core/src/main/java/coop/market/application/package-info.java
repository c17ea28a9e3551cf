/**
 * Use cases: thin transactional services that check input, call the domain and store the
 * result. The API and the pages both go through these, so the rules hold whichever way in.
 */
package coop.market.application;
