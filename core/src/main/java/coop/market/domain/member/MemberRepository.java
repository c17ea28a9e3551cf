package coop.market.domain.member;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where members are kept. */
public interface MemberRepository {

    void add(Member member);

    Optional<Member> find(String id);

    Optional<Member> findByEmail(String email);

    /** Just the member's name, in one small query (no trades or service area). */
    Optional<String> displayName(String id);

    /** The names of these members, by id, in one query (members not found are left out). */
    Map<String, String> displayNames(Collection<String> ids);

    /** Every member's name, by id, in one query. */
    Map<String, String> allNames();

    /** Just the member's name and e-mail address, in one small query. */
    Optional<MemberContact> contact(String id);

    /** The names and e-mail addresses of these members, by id, in one query (members not found are left out). */
    Map<String, MemberContact> contacts(Collection<String> ids);

    /**
     * Locks the member's row until the transaction ends and gives their name and e-mail address (read by the
     * same statement); empty if there is no such member. Whoever books a member's time holds this lock while
     * checking and writing, so two bookings can never both take the same slot, whichever server they arrive at.
     */
    Optional<MemberContact> lockForBooking(String id);

    /** Members in name order, a page at a time. */
    List<Member> list(int offset, int limit);

    /** How many members there are. */
    long count();
}
