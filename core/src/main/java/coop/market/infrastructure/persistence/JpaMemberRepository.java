package coop.market.infrastructure.persistence;

import coop.market.domain.member.Member;
import coop.market.domain.member.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Members in JPA. */
@ApplicationScoped
public class JpaMemberRepository implements MemberRepository {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaMemberRepository() {
    }

    public JpaMemberRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Member member) {
        em.persist(member);
        em.flush();
    }

    @Override
    public Optional<Member> find(String id) {
        return Optional.ofNullable(id).map(key -> em.find(Member.class, key));
    }

    @Override
    public Optional<Member> lockForBooking(String id) {
        return Optional.ofNullable(id).map(key -> em.find(Member.class, key, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Member> findByEmail(String email) {
        return em.createQuery("select m from Member m where m.email = :email", Member.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Member> list(int offset, int limit) {
        return em.createQuery("select m from Member m order by m.displayName, m.id", Member.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }
}
