package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.claimgraph.domain.SearchText;
import org.hibernate.type.StandardBasicTypes;

@ApplicationScoped
public class ClaimRepository {

    @Inject
    EntityManager em;

    public List<ClaimRow> findByIds(Collection<Long> ids) {
        return rows(em.createQuery("select " + ClaimRow.COLUMNS + " from Claim c where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList(), 0);
    }

    public List<ClaimRow> pageAfter(ClaimCriteria criteria, long afterId, int limit) {
        return rows(filtered("select " + ClaimRow.COLUMNS + " from Claim c where c.id > :after", criteria,
                " order by c.id", Object[].class).setParameter("after", afterId).setMaxResults(limit).getResultList(), 0);
    }

    public long count(ClaimCriteria criteria) {
        return filtered("select count(c) from Claim c where 1 = 1", criteria, "", Long.class).getSingleResult();
    }

    /** (speaker id, claim) for all the given speakers, in claim order. */
    public List<Keyed> bySpeakers(Collection<Long> speakerIds, ClaimCriteria criteria) {
        return keyed(filtered("select c.speaker.id, " + ClaimRow.COLUMNS + " from Claim c where c.speaker.id in :ids",
                criteria, " order by c.id", Object[].class).setParameter("ids", speakerIds).getResultList());
    }

    /** (actor id, claim) for claims about the given actors, in claim order. */
    public List<Keyed> aboutActors(Collection<Long> actorIds, ClaimCriteria criteria) {
        return keyed(filtered("select x.id, " + ClaimRow.COLUMNS + " from Claim c join c.about x where x.id in :ids",
                criteria, " order by c.id", Object[].class).setParameter("ids", actorIds).getResultList());
    }

    /** (article id, claim) for all the given articles, in claim order. */
    public List<Keyed> byArticles(Collection<Long> articleIds, ClaimCriteria criteria) {
        return keyed(filtered("select c.article.id, " + ClaimRow.COLUMNS + " from Claim c where c.article.id in :ids",
                criteria, " order by c.id", Object[].class).setParameter("ids", articleIds).getResultList());
    }

    /**
     * Claims placed in one of the given locations or in a place directly inside one of them (an area of a
     * district), with the place and its parent, in claim order.
     */
    public List<Placed> byLocationsAndTheirChildren(Collection<Long> locationIds, ClaimCriteria criteria) {
        return filtered("select l.id, p.id, " + ClaimRow.COLUMNS + " from Claim c join c.locations l left join l.parent p"
                + " where (l.id in :ids or p.id in :ids)", criteria, " order by c.id", Object[].class)
                .setParameter("ids", locationIds).getResultList().stream()
                .map(row -> new Placed((Long) row[0], (Long) row[1], ClaimRow.of(row, 2))).toList();
    }

    /** A claim and the place it was placed in, with that place's parent (null for a country). */
    public record Placed(long locationId, Long parentId, ClaimRow claim) {
    }

    /** A claim and the id of the parent (speaker, actor, article) it was read for. */
    public record Keyed(long key, ClaimRow claim) {
    }

    private static List<ClaimRow> rows(List<Object[]> rows, int from) {
        return rows.stream().map(row -> ClaimRow.of(row, from)).toList();
    }

    private static List<Keyed> keyed(List<Object[]> rows) {
        return rows.stream().map(row -> new Keyed((Long) row[0], ClaimRow.of(row, 1))).toList();
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
     * The first {@code limit} ids above {@code afterId} of the claims placed in each given place or in a
     * place directly inside it, ascending. One statement of two index range scans a place, each stopping
     * after {@code limit} rows, so that its cost does not grow with the claims a place holds.
     */
    @SuppressWarnings("unchecked")
    public Map<Long, List<Long>> firstIdsInLocations(List<Long> places, long afterId, int limit) {
        if (places.isEmpty()) {
            return Map.of();
        }
        // padded to a power of two by repeating the last place, so that few distinct statements are parsed
        List<Long> locationIds = new ArrayList<>(places);
        while (Integer.bitCount(locationIds.size()) > 1) {
            locationIds.add(places.get(places.size() - 1));
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < locationIds.size(); i++) {
            if (i > 0) {
                sql.append(" union all ");
            }
            sql.append("(select cl.location_id as k, cl.claim_id as claim_id from claim_location cl")
                    .append(" where cl.location_id = :p").append(i)
                    .append(" and cl.claim_id > :after order by cl.claim_id limit :n) union all")
                    .append(" (select l.parent_id as k, cl.claim_id as claim_id from claim_location cl")
                    .append(" join location l on l.id = cl.location_id where l.parent_id = :p").append(i)
                    .append(" and cl.claim_id > :after order by cl.claim_id limit :n)");
        }
        var query = em.createNativeQuery(sql.toString()).unwrap(org.hibernate.query.NativeQuery.class)
                .addScalar("k", StandardBasicTypes.LONG).addScalar("claim_id", StandardBasicTypes.LONG)
                .setParameter("after", afterId).setParameter("n", limit);
        for (int i = 0; i < locationIds.size(); i++) {
            query.setParameter("p" + i, locationIds.get(i));
        }
        Map<Long, TreeSet<Long>> ids = new HashMap<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            ids.computeIfAbsent((Long) row[0], k -> new TreeSet<>()).add((Long) row[1]);
        }
        Map<Long, List<Long>> pages = new HashMap<>();
        ids.forEach((place, sorted) -> pages.put(place, sorted.stream().limit(limit).toList()));
        return pages;
    }

    /** How many claims are placed in each given place or in a place directly inside it. */
    @SuppressWarnings("unchecked")
    public Map<Long, Long> countInLocations(Collection<Long> locationIds) {
        List<Object[]> rows = em.createNativeQuery("select k, count(distinct claim_id) as n from ("
                + "select cl.location_id as k, cl.claim_id as claim_id from claim_location cl where cl.location_id in (:ids)"
                + " union all select l.parent_id as k, cl.claim_id as claim_id from claim_location cl"
                + " join location l on l.id = cl.location_id where l.parent_id in (:ids)) x group by k")
                .setParameter("ids", locationIds).unwrap(org.hibernate.query.NativeQuery.class)
                .addScalar("k", StandardBasicTypes.LONG).addScalar("n", StandardBasicTypes.LONG)
                .getResultList();
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
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
