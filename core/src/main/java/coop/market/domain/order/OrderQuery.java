package coop.market.domain.order;

/**
 * Which orders to list: a customer's, those holding a member's items, or both conditions (either may be null),
 * newest first, a page at a time.
 */
public record OrderQuery(String customerId, String memberId, int offset, int limit) {
}
