package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.Proposition;
import org.claimgraph.domain.PropositionSide;
import org.claimgraph.domain.RelationKind;

@ApplicationScoped
public class PropositionRepository {

    /** Some claims deny it, others assert or hedge: kept on the proposition by each ingest (PropositionWriter). */
    private static final String DISPUTED = " p.disputed = true";

    /** Subject, object and place, each optional. */
    private static final String FETCH_ROLES =
            " left join fetch p.subject left join fetch p.object" + " left join fetch p.objectLocation";

    @Inject
    EntityManager em;

    /** A proposition's identity: the ids of its subject and object, and its predicate. */
    public record Key(Long subjectId, RelationKind predicate, Long objectId) {}

    /** A proposition over a place: the ids of its subject and place, and its predicate. */
    public record PlaceKey(Long subjectId, RelationKind predicate, Long locationId) {}

    /** The stored proposition with that subject, predicate and place, if any. */
    public java.util.Optional<Proposition> findPlaced(PlaceKey key) {
        return em.createQuery(
                        "select p from Proposition p where p.subject.id = :s and p.predicate = :r"
                                + " and p.objectLocation.id = :l",
                        Proposition.class)
                .setParameter("s", key.subjectId())
                .setParameter("r", key.predicate())
                .setParameter("l", key.locationId())
                .getResultStream()
                .findFirst();
    }

    /** The stored propositions among {@code keys}, in one statement. */
    public Map<Key, Proposition> find(Collection<Key> keys) {
        Set<Long> subjects = new HashSet<>();
        Set<Long> objects = new HashSet<>();
        keys.forEach(key -> {
            subjects.add(key.subjectId());
            objects.add(key.objectId());
        });
        Map<Key, Proposition> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        Set<Key> wanted = new HashSet<>(keys);
        for (Proposition p : em.createQuery(
                        "select p from Proposition p where p.subject.id in :s and p.object.id in :o", Proposition.class)
                .setParameter("s", subjects)
                .setParameter("o", objects)
                .getResultList()) {
            Key key = new Key(
                    p.getSubject().getId(), p.getPredicate(), p.getObject().getId());
            if (wanted.contains(key)) {
                found.put(key, p);
            }
        }
        return found;
    }

    /** Propositions that some claims deny and others assert or hedge, optionally involving one actor. */
    public List<Proposition> disputedAfter(Long actorId, long afterId, int limit) {
        return disputed(
                        "select p from Proposition p" + FETCH_ROLES + " where p.id > :after and",
                        actorId,
                        " order by p.id",
                        Proposition.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    public long countDisputed(Long actorId) {
        return disputed("select count(p) from Proposition p where", actorId, "", Long.class)
                .getSingleResult();
    }

    public List<Proposition> findDisputedByIds(Collection<Long> ids) {
        return IdParameters.in(
                        ids,
                        in -> em.createQuery(
                                "select p from Proposition p" + FETCH_ROLES + " where p.id in " + in + " and"
                                        + DISPUTED,
                                Proposition.class))
                .getResultList();
    }

    /** For each of the given propositions, how many claims take the side. */
    public Map<Long, Long> claimsTaking(Collection<Long> propositionIds, PropositionSide side) {
        String count = switch (side) {
            case ASSERTS -> "p.assertingClaims";
            case DENIES -> "p.denyingClaims";
            case HEDGES -> "p.hedgingClaims";
        };
        return OfParent.byParent(IdParameters.in(
                        propositionIds,
                        in -> OfParent.<Long>query(
                                em,
                                OfParent.SELECT_NEW + "(p.id, " + count + ") from Proposition p where p.id in " + in))
                .getResultList());
    }

    private <T> TypedQuery<T> disputed(String head, Long actorId, String tail, Class<T> type) {
        String actor = actorId == null ? "" : " and (p.subject.id = :actor or p.object.id = :actor)";
        TypedQuery<T> query = em.createQuery(head + DISPUTED + actor + tail, type);
        if (actorId != null) {
            query.setParameter("actor", actorId);
        }
        return query;
    }
}
