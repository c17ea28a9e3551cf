/**
 * Encryption of small secrets kept in the database (members' bank details), with a key from the environment.
 */
package coop.market.infrastructure.crypto;
