/** Listing photos served to browsers as plain, long-cached JPEGs. */
package coop.market.web.photos;
