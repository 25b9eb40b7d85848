package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.claimgraph.domain.Actor;
import org.claimgraph.domain.Claim;
import org.claimgraph.domain.Location;

/** Candidates for a search, matched on the stored search forms (see SearchText). */
@ApplicationScoped
public class SearchRepository {

    @Inject
    EntityManager em;

    public List<Actor> actorsNamed(String folded, int limit) {
        return em.createQuery("select a from Actor a where a.searchNames like :p order by a.id", Actor.class)
                .setParameter("p", "%" + folded + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    public List<Location> locationsNamed(String folded, int limit) {
        return em.createQuery("select l from Location l where l.searchNames like :p order by l.id", Location.class)
                .setParameter("p", "%" + folded + "%")
                .setMaxResults(limit)
                .getResultList();
    }

    public List<Claim> claimsSaying(String folded, int limit) {
        return em.createQuery("select c from Claim c where c.searchText like :p order by c.id", Claim.class)
                .setParameter("p", "%" + folded + "%")
                .setMaxResults(limit)
                .getResultList();
    }
}
