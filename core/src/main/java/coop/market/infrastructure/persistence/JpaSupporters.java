package coop.market.infrastructure.persistence;

import coop.market.domain.support.Supporter;
import coop.market.domain.support.Supporters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Circles of support in JPA. */
@ApplicationScoped
public class JpaSupporters implements Supporters {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaSupporters() {
    }

    public JpaSupporters(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Supporter supporter) {
        em.persist(supporter);
        em.flush();
    }

    @Override
    public Optional<Supporter> find(String id) {
        return Optional.ofNullable(id).map(key -> em.find(Supporter.class, key));
    }

    @Override
    public List<Supporter> activeForMember(String memberId) {
        return em.createQuery("select s from Supporter s where s.memberId = :member and s.endedAt is null"
                        + " order by s.createdAt, s.id", Supporter.class)
                .setParameter("member", memberId)
                .getResultList();
    }

    @Override
    public List<Supporter> activeForAccount(String accountId) {
        return em.createQuery("select s from Supporter s where s.accountId = :account and s.endedAt is null"
                        + " order by s.createdAt, s.id", Supporter.class)
                .setParameter("account", accountId)
                .getResultList();
    }
}
