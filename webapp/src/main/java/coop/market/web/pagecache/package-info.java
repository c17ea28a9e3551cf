/**
 * The shop's pages as anonymous visitors see them, kept rendered for a few seconds (docs/ARCHITECTURE.md, "Page
 * cache"), and the shop's style sheet as a plain, long-cached file.
 */
package coop.market.web.pagecache;
