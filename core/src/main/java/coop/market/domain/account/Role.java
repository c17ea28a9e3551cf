package coop.market.domain.account;

/** What a signed-in person may do. */
public enum Role {
    /** Sets up the co-op: legal details, policies, staff accounts. */
    ADMIN,
    /** Runs the co-op day to day and acts on members' behalf. */
    STAFF,
    /** A self-employed trader selling through the co-op. */
    MEMBER,
    /** Buys members' services and products. */
    CUSTOMER,
    /**
     * Someone a member trusts (a family member, a support worker) who may see their work and, if
     * the member allows, answer requests for them. Which members, and how far, is said by each
     * member's circle of support ({@code domain.support.Supporter}).
     */
    SUPPORTER
}
