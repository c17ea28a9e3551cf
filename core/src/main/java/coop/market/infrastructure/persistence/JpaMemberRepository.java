package coop.market.infrastructure.persistence;

import coop.market.domain.member.Member;
import coop.market.domain.member.MemberContact;
import coop.market.domain.member.MemberRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
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
    public Optional<MemberContact> lockForBooking(String id) {
        if (id == null) {
            return Optional.empty();
        }
        // The row alone, by SQL: locking through em.find would also reload the member's trades and
        // service area, two more statements on every booking, for nothing.
        List<?> rows = em.createNativeQuery("SELECT display_name, email FROM member WHERE id = ? FOR UPDATE")
                .setParameter(1, id)
                .getResultList();
        return rows.stream().findFirst().map(row -> (Object[]) row)
                .map(row -> new MemberContact((String) row[0], (String) row[1]));
    }

    @Override
    public Map<String, String> displayNames(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        contacts(ids).forEach((id, contact) -> names.put(id, contact.displayName()));
        return names;
    }

    @Override
    public Map<String, String> allNames() {
        Map<String, String> names = new HashMap<>();
        em.createQuery("select m.id, m.displayName from Member m", Object[].class).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return names;
    }

    @Override
    public Optional<String> displayName(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return em.createQuery("select m.displayName from Member m where m.id = :id", String.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<MemberContact> contact(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return em.createQuery("select new coop.market.domain.member.MemberContact(m.displayName, m.email)"
                        + " from Member m where m.id = :id", MemberContact.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Map<String, MemberContact> contacts(Collection<String> ids) {
        Map<String, MemberContact> contacts = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select m.id, m.displayName, m.email from Member m where m.id in :ids", Object[].class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(row -> contacts.put((String) row[0], new MemberContact((String) row[1], (String) row[2])));
        }
        return contacts;
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
        // The page's trades and service areas in two more statements, not two per member.
        return em.createQuery("select m from Member m order by m.displayName, m.id", Member.class)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "m.trades")
                .setHint("eclipselink.batch", "m.serviceArea")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(m) from Member m", Long.class).getSingleResult();
    }
}
