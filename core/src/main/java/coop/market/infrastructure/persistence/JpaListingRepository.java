package coop.market.infrastructure.persistence;

import coop.market.domain.listing.Listing;
import coop.market.domain.listing.ListingQuery;
import coop.market.domain.listing.ListingRepository;
import coop.market.domain.listing.NamedListing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Listings in JPA, with the storefront's search. */
@ApplicationScoped
public class JpaListingRepository implements ListingRepository {

    @PersistenceContext(unitName = "coopmarket")
    private EntityManager em;

    protected JpaListingRepository() {
    }

    public JpaListingRepository(EntityManager em) {
        this.em = em;
    }

    @Override
    public void add(Listing listing) {
        em.persist(listing);
        em.flush();
    }

    @Override
    public Optional<Listing> find(String id) {
        return Optional.ofNullable(id).map(key -> em.find(Listing.class, key));
    }

    @Override
    public List<Listing> activeOf(String memberId) {
        return em.createQuery("select l from Listing l where l.memberId = :member and l.active = true"
                        + " order by l.title, l.id", Listing.class)
                .setParameter("member", memberId)
                .getResultList();
    }

    @Override
    public List<Listing> of(String memberId) {
        return em.createQuery("select l from Listing l where l.memberId = :member order by l.active desc, l.title, l.id",
                        Listing.class)
                .setParameter("member", memberId)
                .getResultList();
    }

    @Override
    public Optional<NamedListing> findNamed(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return em.createQuery("select l, m.displayName from Listing l, Member m where l.id = :id and m.id = l.memberId",
                        Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(row -> new NamedListing((Listing) row[0], (String) row[1]));
    }

    @Override
    public List<Listing> search(ListingQuery query) {
        StringBuilder jpql = new StringBuilder("select l from Listing l where l.active = true");
        List<Object[]> parameters = new ArrayList<>();
        if (query.trade() != null) {
            jpql.append(" and l.trade = :trade");
            parameters.add(new Object[] {"trade", query.trade()});
        }
        if (query.words() != null && !query.words().isBlank()) {
            jpql.append(" and (lower(l.title) like :words or lower(l.description) like :words)");
            parameters.add(new Object[] {"words", "%" + escapeLike(query.words().strip().toLowerCase(Locale.ROOT)) + "%"});
        }
        if (query.outwardCode() != null) {
            jpql.append(" and (l.memberId in (select m.id from Member m join m.serviceArea area where area = :area)");
            parameters.add(new Object[] {"area", query.outwardCode()});
            if (!query.productTrades().isEmpty()) {
                jpql.append(" or l.trade in :productTrades");
                parameters.add(new Object[] {"productTrades", query.productTrades()});
            }
            jpql.append(")");
        }
        jpql.append(" order by l.createdAt desc, l.id");
        TypedQuery<Listing> typed = em.createQuery(jpql.toString(), Listing.class);
        parameters.forEach(p -> typed.setParameter((String) p[0], p[1]));
        return typed.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList();
    }

    /** Words are matched literally: % and _ typed by a customer are not wildcards. */
    private static String escapeLike(String words) {
        return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public List<Listing> lockForOrder(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select l from Listing l where l.id in :ids order by l.id", Listing.class)
                .setParameter("ids", ids)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public Optional<Listing> activeFor(String memberId, String trade) {
        return em.createQuery("select l from Listing l where l.memberId = :member and l.trade = :trade"
                        + " and l.active = true order by l.createdAt, l.id", Listing.class)
                .setParameter("member", memberId)
                .setParameter("trade", trade)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
