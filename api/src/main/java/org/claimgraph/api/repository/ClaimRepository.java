package org.claimgraph.api.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import org.claimgraph.domain.Claim;
import org.claimgraph.domain.SearchText;

@ApplicationScoped
public class ClaimRepository {

    @Inject
    EntityManager em;

    public List<Claim> findByIds(Collection<Long> ids) {
        return em.createQuery("select c from Claim c where c.id in :ids", Claim.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<Claim> pageAfter(ClaimCriteria criteria, long afterId, int limit) {
        return filtered("select c from Claim c where c.id > :after", criteria, " order by c.id", Claim.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    public long count(ClaimCriteria criteria) {
        return filtered("select count(c) from Claim c where 1 = 1", criteria, "", Long.class).getSingleResult();
    }

    /** Rows of (speaker id, claim) for all the given speakers, in claim order. */
    public List<Object[]> bySpeakers(Collection<Long> speakerIds, ClaimCriteria criteria) {
        return filtered("select c.speaker.id, c from Claim c where c.speaker.id in :ids", criteria,
                " order by c.id", Object[].class).setParameter("ids", speakerIds).getResultList();
    }

    /** Rows of (actor id, claim) for claims about the given actors, in claim order. */
    public List<Object[]> aboutActors(Collection<Long> actorIds, ClaimCriteria criteria) {
        return filtered("select x.id, c from Claim c join c.about x where x.id in :ids", criteria,
                " order by c.id", Object[].class).setParameter("ids", actorIds).getResultList();
    }

    /** Rows of (article id, claim) for all the given articles, in claim order. */
    public List<Object[]> byArticles(Collection<Long> articleIds, ClaimCriteria criteria) {
        return filtered("select c.article.id, c from Claim c where c.article.id in :ids", criteria,
                " order by c.id", Object[].class).setParameter("ids", articleIds).getResultList();
    }

    /**
     * Rows of (location id, parent id, claim) for claims placed in one of the given locations or in a
     * place directly inside one of them (an area of a district), in claim order.
     */
    public List<Object[]> byLocationsAndTheirChildren(Collection<Long> locationIds, ClaimCriteria criteria) {
        return filtered("select l.id, p.id, c from Claim c join c.locations l left join l.parent p"
                + " where (l.id in :ids or p.id in :ids)", criteria, " order by c.id", Object[].class)
                .setParameter("ids", locationIds).getResultList();
    }

    /** Rows of (claim id, actor) for the actors the given claims are about. */
    public List<Object[]> aboutOf(Collection<Long> claimIds) {
        return em.createQuery("select c.id, a from Claim c join c.about a where c.id in :ids order by a.id",
                Object[].class).setParameter("ids", claimIds).getResultList();
    }

    /** Rows of (claim id, location) for the places the given claims are placed in. */
    public List<Object[]> locationsOf(Collection<Long> claimIds) {
        return em.createQuery("select c.id, l from Claim c join c.locations l where c.id in :ids order by l.id",
                Object[].class).setParameter("ids", claimIds).getResultList();
    }

    /**
     * Rows of (place id, claim id) for the claims placed in the given places or in a place directly inside
     * one of them, in claim order; a claim placed both in a place and inside it comes twice. Two numbers a
     * row: the caller cuts each place's page and counts it, which costs less than a window function and a
     * second statement to count (H2 evaluated each in milliseconds).
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> idsInLocations(Collection<Long> locationIds) {
        return em.createNativeQuery("select cl.location_id as k, cl.claim_id as claim_id from claim_location cl"
                + " where cl.location_id in (:ids)"
                + " union all select l.parent_id as k, cl.claim_id as claim_id from claim_location cl"
                + " join location l on l.id = cl.location_id where l.parent_id in (:ids) order by claim_id")
                .setParameter("ids", locationIds)
                .unwrap(org.hibernate.query.NativeQuery.class)
                .addScalar("k", org.hibernate.type.StandardBasicTypes.LONG)
                .addScalar("claim_id", org.hibernate.type.StandardBasicTypes.LONG)
                .getResultList();
    }

    private <T> TypedQuery<T> filtered(String head, ClaimCriteria c, String tail, Class<T> type) {
        StringBuilder jpql = new StringBuilder(head);
        if (c.speakerId() != null) {
            jpql.append(" and c.speaker.id = :speaker");
        }
        if (c.aboutId() != null) {
            jpql.append(" and exists (select 1 from Claim d join d.about x where d = c and x.id = :about)");
        }
        if (c.locationId() != null) {
            jpql.append(" and exists (select 1 from Claim d join d.locations x where d = c and x.id = :location)");
        }
        if (c.stance() != null) {
            jpql.append(" and c.stance = :stance");
        }
        if (c.kind() != null) {
            jpql.append(" and c.kind = :kind");
        }
        if (c.articleId() != null) {
            jpql.append(" and c.article.id = :article");
        }
        if (c.text() != null) {
            jpql.append(" and c.searchText like :text");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(tail).toString(), type);
        if (c.speakerId() != null) {
            query.setParameter("speaker", c.speakerId());
        }
        if (c.aboutId() != null) {
            query.setParameter("about", c.aboutId());
        }
        if (c.locationId() != null) {
            query.setParameter("location", c.locationId());
        }
        if (c.stance() != null) {
            query.setParameter("stance", c.stance());
        }
        if (c.kind() != null) {
            query.setParameter("kind", c.kind());
        }
        if (c.articleId() != null) {
            query.setParameter("article", c.articleId());
        }
        if (c.text() != null) {
            query.setParameter("text", "%" + SearchText.fold(c.text()) + "%");
        }
        return query;
    }
}
