package coop.market.domain.member;

import java.util.List;
import java.util.Optional;

/** Where members are kept. */
public interface MemberRepository {

    void add(Member member);

    Optional<Member> find(String id);

    Optional<Member> findByEmail(String email);

    /** Members in name order, a page at a time. */
    List<Member> list(int offset, int limit);
}
