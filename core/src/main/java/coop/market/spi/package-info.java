/**
 * The trade plugin SPI: what a trade jar implements ({@link coop.market.spi.Trade}) and the
 * plain values it works with. No container, no database: a plugin can be tested with JUnit alone.
 */
package coop.market.spi;
