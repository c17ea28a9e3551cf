/**
 * The JSON API under /api/v1: resources translate HTTP to application services and back,
 * every error is a problem document, and access is decided per method.
 */
package coop.market.web.rest;
