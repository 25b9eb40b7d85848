package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.claimgraph.api.read.ClaimCriteria;
import org.claimgraph.api.read.ClaimRow;
import org.claimgraph.domain.Actor;
import org.claimgraph.domain.Location;
import org.claimgraph.domain.PropositionSide;
import org.claimgraph.domain.SearchText;

@ApplicationScoped
public class ClaimRepository {

    /** A select of claims {@code c} as rows, each made by the record's constructor (JPQL {@code select new}). */
    private static final String SELECT_ROWS = "select new " + ClaimRow.class.getName()
            + "(c.id, c.text, c.kind, c.stance, c.when, c.article.id, c.speaker.id, c.audience.id, c.evidence.start,"
            + " c.evidence.end, c.sentence.start, c.sentence.end, c.relationPredicate, c.relationNegated,"
            + " c.relationSubject.id, c.relationObject.id, c.proposition.id, c.propositionSide)";

    @Inject
    EntityManager em;

    public List<ClaimRow> findByIds(Collection<Long> ids) {
        return IdParameters.in(
                        ids, in -> em.createQuery(SELECT_ROWS + " from Claim c where c.id in " + in, ClaimRow.class))
                .getResultList();
    }

    public List<ClaimRow> pageAfter(ClaimCriteria criteria, long afterId, int limit) {
        return filtered(SELECT_ROWS + " from Claim c where c.id > :after", criteria, " order by c.id", ClaimRow.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count(ClaimCriteria criteria) {
        return filtered("select count(c) from Claim c where 1 = 1", criteria, "", Long.class)
                .getSingleResult();
    }

    /** The claims of a speaker, of an article, about an actor: each read a page per parent with the limit in SQL. */
    public enum ClaimList {
        BY_SPEAKER(new PerParentPages("claim c", "c.speaker_id", "c.id"), null),
        BY_ARTICLE(new PerParentPages("claim c", "c.article_id", "c.id"), null),
        ABOUT_ACTOR(
                new PerParentPages("claim_about a", "a.actor_id", "a.claim_id"),
                new PerParentPages("claim_about a join claim c on c.id = a.claim_id", "a.actor_id", "a.claim_id"));

        private final PerParentPages any;
        private final PerParentPages filtered;

        ClaimList(PerParentPages any, PerParentPages filtered) {
            this.any = any;
            this.filtered = filtered == null ? any : filtered;
        }

        PerParentPages reading(ClaimCriteria criteria) {
            return criteria.equals(ClaimCriteria.ANY) ? any : filtered;
        }
    }

    /** For each parent, the ids of its first {@code limit} claims after {@code afterId} that meet the criteria. */
    public Map<Long, List<Long>> firstIds(
            ClaimList list, Collection<Long> parentIds, ClaimCriteria criteria, long afterId, int limit) {
        return list.reading(criteria).firstIds(em, parentIds, condition(criteria), afterId, limit);
    }

    private static final PerParentPages ON_PROPOSITION =
            new PerParentPages("claim c", "c.proposition_id", "c.proposition_side", "c.id", false);

    /** For each proposition, the ids of its first {@code limit} claims on one side after {@code afterId}. */
    public Map<Long, List<Long>> firstIdsOnSide(
            Collection<Long> propositionIds, PropositionSide side, long afterId, int limit) {
        return ON_PROPOSITION.firstIds(em, propositionIds, onSide(side), afterId, limit);
    }

    /** A claim on a proposition, and whether it denies it: the parent of the claims that contradict or support it. */
    public record OnProposition(long claimId, long propositionId, boolean denies) {}

    /** A claim's side as a number, 1 for a denial and 0 for an assertion or a hedge, in SQL. */
    private static String denies(String claim) {
        return "(case when " + claim + ".proposition_side = 'DENIES' then 1 else 0 end)";
    }

    /**
     * For each claim, the ids of the first {@code limit} other claims after {@code afterId} on its proposition
     * that take the other side ({@code opposite}: what asserts or hedges against a denial, what denies against
     * the rest) or the same one. One select a claim, joined by union all, each a range scan of its proposition's
     * claims in id order that stops after the page.
     */
    public Map<Long, List<Long>> firstIdsBeside(
            Collection<OnProposition> claims, boolean opposite, long afterId, int limit) {
        List<OnProposition> parents = PerParentPages.padded(claims);
        if (parents.isEmpty() || limit <= 0) {
            return Map.of();
        }
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < parents.size(); i++) {
            sql.append(i == 0 ? "" : " union all ")
                    .append(
                            "(select cast(:c%1$d as bigint) as k, c.id as id from claim c where c.proposition_id = :p%1$d"
                                    .formatted(i))
                    .append(" and c.id > :after and c.id <> :c%1$d and %2$s = :d%1$d".formatted(i, denies("c")))
                    .append(" order by c.proposition_id, c.id limit :n)");
        }
        Query query = em.createNativeQuery(sql.toString(), OfParent.class)
                .setParameter("after", afterId)
                .setParameter("n", limit);
        for (int i = 0; i < parents.size(); i++) {
            OnProposition parent = parents.get(i);
            query.setParameter("c" + i, parent.claimId())
                    .setParameter("p" + i, parent.propositionId())
                    .setParameter("d" + i, parent.denies() != opposite ? 1 : 0);
        }
        return PerParentPages.pagesOf(OfParent.ofSql(query));
    }

    /**
     * For each claim, how many other claims on its proposition take the other side ({@code opposite}) or the
     * same: read from the proposition's side counts, not by counting its claims.
     */
    public Map<Long, Long> countsBeside(Collection<Long> claimIds, boolean opposite) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        String against = opposite ? "p.asserting_claims + p.hedging_claims" : "p.denying_claims - 1";
        String along = opposite ? "p.denying_claims" : "p.asserting_claims + p.hedging_claims - 1";
        return OfParent.byParent(OfParent.ofSql(IdParameters.in(
                claimIds,
                in -> em.createNativeQuery(
                        "select s.id as k, case when s.proposition_side = 'DENIES' then " + against + " else " + along
                                + " end as n from claim s join proposition p on p.id = s.proposition_id"
                                + " where s.id in " + in,
                        OfParent.class))));
    }

    private static PerParentPages.Condition onSide(PropositionSide side) {
        return new PerParentPages.Condition(" and c.proposition_side = :side", Map.of("side", side.name()));
    }

    /** For each parent, how many of its claims meet the criteria. */
    public Map<Long, Long> counts(ClaimList list, Collection<Long> parentIds, ClaimCriteria criteria) {
        return list.reading(criteria).counts(em, parentIds, condition(criteria));
    }

    /** The actors the given claims are about, each with the claim's id. */
    public List<OfParent<Actor>> aboutOf(Collection<Long> claimIds) {
        return IdParameters.in(
                        claimIds,
                        in -> OfParent.<Actor>query(
                                em,
                                OfParent.SELECT_NEW + "(c.id, a) from Claim c join c.about a where c.id in " + in
                                        + " order by a.id"))
                .getResultList();
    }

    /** The places the given claims are placed in, each with the claim's id. */
    public List<OfParent<Location>> locationsOf(Collection<Long> claimIds) {
        return IdParameters.in(
                        claimIds,
                        in -> OfParent.<Location>query(
                                em,
                                OfParent.SELECT_NEW + "(c.id, l) from Claim c join c.locations l where c.id in " + in
                                        + " order by l.id"))
                .getResultList();
    }

    /**
     * The first {@code limit} ids above {@code afterId} of the claims placed in each given place or in a
     * place directly inside it, ascending. The places directly inside are read first; then one statement holds
     * a select for each place and each place inside one, each an index range scan that stops after {@code
     * limit} rows, so that its cost grows with the places, not with the claims they hold. A page of places
     * with more than {@value #MOST_PLACE_SELECTS} places inside them together (provinces, countries) gets two
     * selects a place instead: its own claims, and those of all the places inside it, which are read whole to be
     * sorted.
     */
    public Map<Long, List<Long>> firstIdsInLocations(
            List<Long> places, ClaimCriteria criteria, long afterId, int limit) {
        return firstIdsInLocations(places, criteria, afterId, limit, MOST_PLACE_SELECTS);
    }

    /** At most this many selects of one place each in the statement of {@link #firstIdsInLocations}. */
    static final int MOST_PLACE_SELECTS = 256;

    Map<Long, List<Long>> firstIdsInLocations(
            List<Long> places, ClaimCriteria criteria, long afterId, int limit, int mostPlaceSelects) {
        if (places.isEmpty() || limit <= 0) {
            return Map.of();
        }
        List<OfParent<Long>> sources = new ArrayList<>();
        places.forEach(place -> sources.add(new OfParent<>(place, place)));
        sources.addAll(placesDirectlyInside(places));
        PerParentPages.Condition condition = condition(criteria);
        String claim = criteria.equals(ClaimCriteria.ANY) ? "" : " join claim c on c.id = cl.claim_id";
        Query query = sources.size() <= mostPlaceSelects
                ? selectPerPlace(PerParentPages.padded(sources), claim, condition.sql())
                : selectPerParent(PerParentPages.padded(places), claim, condition.sql());
        query.setParameter("after", afterId).setParameter("n", limit);
        condition.parameters().forEach(query::setParameter);
        Map<Long, TreeSet<Long>> ids = new HashMap<>();
        for (OfParent<Long> row : OfParent.ofSql(query)) {
            ids.computeIfAbsent(row.parentId(), k -> new TreeSet<>()).add(row.item());
        }
        Map<Long, List<Long>> pages = new HashMap<>();
        ids.forEach(
                (place, sorted) -> pages.put(place, sorted.stream().limit(limit).toList()));
        return pages;
    }

    /** For each (parent, place) pair, the first claims placed at the place, under the parent's id. */
    private Query selectPerPlace(List<OfParent<Long>> sources, String claim, String condition) {
        String sql = PerParentPages.unionAll(
                sources.size(),
                i -> "select cast(:k" + i + " as bigint) as k, cl.claim_id as claim_id from claim_location cl" + claim
                        + " where cl.location_id = :l" + i + " and cl.claim_id > :after" + condition
                        + " order by cl.location_id, cl.claim_id limit :n");
        Query query = em.createNativeQuery(sql, OfParent.class);
        for (int i = 0; i < sources.size(); i++) {
            query.setParameter("k" + i, sources.get(i).parentId());
            query.setParameter("l" + i, sources.get(i).item());
        }
        return query;
    }

    /** For each place, its first claims and the first claims of all the places inside it together. */
    private Query selectPerParent(List<Long> places, String claim, String condition) {
        // two selects a place: even i its own claims, odd i those of all the places inside it
        String sql = PerParentPages.unionAll(
                2 * places.size(),
                i -> i % 2 == 0
                        ? "select cl.location_id as k, cl.claim_id as claim_id from claim_location cl" + claim
                                + " where cl.location_id = :p" + i / 2 + " and cl.claim_id > :after" + condition
                                + " order by cl.location_id, cl.claim_id limit :n"
                        : "select l.parent_id as k, cl.claim_id as claim_id from claim_location cl" + claim
                                + " join location l on l.id = cl.location_id where l.parent_id = :p" + i / 2
                                + " and cl.claim_id > :after" + condition + " order by cl.claim_id limit :n");
        Query query = em.createNativeQuery(sql, OfParent.class);
        for (int i = 0; i < places.size(); i++) {
            query.setParameter("p" + i, places.get(i));
        }
        return query;
    }

    /** The places directly inside each of {@code places}, as (parent, place inside) pairs. */
    private List<OfParent<Long>> placesDirectlyInside(Collection<Long> places) {
        return OfParent.ofSql(IdParameters.in(
                places,
                in -> em.createNativeQuery(
                        "select l.parent_id as k, l.id as id from location l where l.parent_id in " + in,
                        OfParent.class)));
    }

    /** How many claims are placed in each given place or in a place directly inside it. */
    public Map<Long, Long> countInLocations(Collection<Long> locationIds, ClaimCriteria criteria) {
        PerParentPages.Condition condition = condition(criteria);
        String claim = criteria.equals(ClaimCriteria.ANY) ? "" : " join claim c on c.id = cl.claim_id";
        Query query = IdParameters.in(
                locationIds,
                in -> em.createNativeQuery(
                        "select k, count(distinct claim_id) as n from ("
                                + "select cl.location_id as k, cl.claim_id as claim_id from claim_location cl" + claim
                                + " where cl.location_id in " + in + condition.sql()
                                + " union all select l.parent_id as k, cl.claim_id as claim_id from claim_location cl"
                                + claim + " join location l on l.id = cl.location_id where l.parent_id in " + in
                                + condition.sql() + ") x group by k",
                        OfParent.class));
        condition.parameters().forEach(query::setParameter);
        return OfParent.byParent(OfParent.ofSql(query));
    }

    /** The criteria as SQL conditions on the claim table, aliased {@code c}. */
    private static PerParentPages.Condition condition(ClaimCriteria c) {
        StringBuilder sql = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (c.speakerId() != null) {
            sql.append(" and c.speaker_id = :speaker");
            parameters.put("speaker", c.speakerId());
        }
        if (c.aboutId() != null) {
            sql.append(" and exists (select 1 from claim_about x where x.claim_id = c.id and x.actor_id = :about)");
            parameters.put("about", c.aboutId());
        }
        if (c.locationId() != null) {
            sql.append(
                    " and exists (select 1 from claim_location x where x.claim_id = c.id and x.location_id = :location)");
            parameters.put("location", c.locationId());
        }
        if (c.stance() != null) {
            sql.append(" and c.stance = :stance");
            parameters.put("stance", c.stance().name());
        }
        if (c.kind() != null) {
            sql.append(" and c.kind = :kind");
            parameters.put("kind", c.kind().name());
        }
        if (c.articleId() != null) {
            sql.append(" and c.article_id = :article");
            parameters.put("article", c.articleId());
        }
        if (c.text() != null) {
            sql.append(" and c.search_text like :text");
            parameters.put("text", "%" + SearchText.fold(c.text()) + "%");
        }
        return new PerParentPages.Condition(sql.toString(), parameters);
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
