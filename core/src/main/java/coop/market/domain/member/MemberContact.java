package coop.market.domain.member;

/** A member's name and e-mail address, read without the rest of the member (for e-mails). */
public record MemberContact(String displayName, String email) {

    public String firstName() {
        return Member.firstNameOf(displayName);
    }
}
