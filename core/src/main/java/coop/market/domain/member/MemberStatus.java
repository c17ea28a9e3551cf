package coop.market.domain.member;

/** Whether a member is currently taking work. */
public enum MemberStatus {
    ACTIVE,
    PAUSED,
    LEFT
}
