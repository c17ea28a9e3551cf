/** Sign-ins, roles and password hashing: who may do what. */
package coop.market.domain.account;
