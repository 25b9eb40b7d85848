package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.claimgraph.domain.Mention;

@ApplicationScoped
public class MentionRepository {

    @Inject
    EntityManager em;

    /** Rows of (article id, actor) for every actor the given articles mention, each once. */
    public List<Object[]> actorsOf(Collection<Long> articleIds) {
        return em.createQuery(
                        "select distinct m.article.id, a from Mention m join m.actor a" + " where m.article.id in :ids",
                        Object[].class)
                .setParameter("ids", articleIds)
                .getResultList();
    }

    /** Where actors are named, and where places are: read a page per actor or place. */
    public enum MentionList {
        OF_ACTOR(new PerParentPages("mention m", "m.actor_id", "m.id")),
        OF_LOCATION(new PerParentPages("mention m", "m.location_id", "m.id"));

        private final PerParentPages pages;

        MentionList(PerParentPages pages) {
            this.pages = pages;
        }
    }

    /** For each actor or place, the ids of its first {@code limit} mentions after {@code afterId}. */
    public Map<Long, List<Long>> firstIds(MentionList list, Collection<Long> parentIds, long afterId, int limit) {
        return list.pages.firstIds(em, parentIds, PerParentPages.Condition.NONE, afterId, limit);
    }

    /** For each actor or place, how many mentions it has. */
    public Map<Long, Long> counts(MentionList list, Collection<Long> parentIds) {
        return list.pages.counts(em, parentIds, PerParentPages.Condition.NONE);
    }

    public List<Mention> findByIds(Collection<Long> ids) {
        return em.createQuery("select m from Mention m where m.id in :ids", Mention.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** Rows of (actor id, article) for the articles that mention the given actors, each once. */
    public List<Object[]> articlesMentioningActors(Collection<Long> actorIds) {
        return em.createQuery(
                        "select distinct m.actor.id, a from Mention m join m.article a" + " where m.actor.id in :ids",
                        Object[].class)
                .setParameter("ids", actorIds)
                .getResultList();
    }

    /** Rows of (location id, article) for the articles that mention the given places, each once. */
    public List<Object[]> articlesMentioningLocations(Collection<Long> locationIds) {
        return em.createQuery(
                        "select distinct m.location.id, a from Mention m join m.article a"
                                + " where m.location.id in :ids",
                        Object[].class)
                .setParameter("ids", locationIds)
                .getResultList();
    }

    /** Rows of (article id, location) for every place the given articles mention, each once. */
    public List<Object[]> locationsOf(Collection<Long> articleIds) {
        return em.createQuery(
                        "select distinct m.article.id, l from Mention m join m.location l"
                                + " where m.article.id in :ids",
                        Object[].class)
                .setParameter("ids", articleIds)
                .getResultList();
    }
}
