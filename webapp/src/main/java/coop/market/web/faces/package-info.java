/** Backing beans of the Faces pages: one *View per page, speaking to application services only. */
package coop.market.web.faces;
