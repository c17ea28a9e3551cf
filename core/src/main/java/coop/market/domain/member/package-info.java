/** Members: the self-employed traders the co-op sells for. */
package coop.market.domain.member;
