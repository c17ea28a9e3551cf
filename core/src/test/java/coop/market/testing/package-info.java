/** Test helpers shared by core's tests and, through core's test-jar, the webapp's: rules our words must keep. */
package coop.market.testing;
