package coop.market.application;

/**
 * Someone a member names for their circle of support.
 *
 * @param relationship how they know the member, in the member's words: "my mum", "support worker"
 * @param canAnswer    whether they may say yes or no to job requests, not only see the work
 */
public record NewSupporter(String email, String relationship, Boolean canAnswer) {
}
