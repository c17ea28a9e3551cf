/** Health checks served at /health for load balancers and operators. */
package coop.market.web.health;
