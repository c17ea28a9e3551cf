package coop.market.domain.member;

import java.util.List;
import java.util.Optional;

/** Where members are kept. */
public interface MemberRepository {

    void add(Member member);

    Optional<Member> find(String id);

    Optional<Member> findByEmail(String email);

    /**
     * Finds the member and locks their row until the transaction ends. Whoever books a member's
     * time holds this lock while checking and writing, so two bookings can never both take the
     * same slot, whichever server they arrive at.
     */
    Optional<Member> lockForBooking(String id);

    /** Members in name order, a page at a time. */
    List<Member> list(int offset, int limit);
}
