package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.claimgraph.domain.Actor;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.Location;
import org.claimgraph.domain.Mention;

@ApplicationScoped
public class MentionRepository {

    @Inject
    EntityManager em;

    /** The actors the given articles mention, each once per article, with the article's id. */
    public List<OfParent<Actor>> actorsOf(Collection<Long> articleIds) {
        return OfParent.<Actor>query(
                        em,
                        OfParent.SELECT_DISTINCT_NEW + "(m.article.id, a) from Mention m join m.actor a"
                                + " where m.article.id in :ids")
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

    /** The articles that mention the given actors, each once per actor, with the actor's id. */
    public List<OfParent<Article>> articlesMentioningActors(Collection<Long> actorIds) {
        return OfParent.<Article>query(
                        em,
                        OfParent.SELECT_DISTINCT_NEW + "(m.actor.id, a) from Mention m join m.article a"
                                + " where m.actor.id in :ids")
                .setParameter("ids", actorIds)
                .getResultList();
    }

    /** The articles that mention the given places, each once per place, with the place's id. */
    public List<OfParent<Article>> articlesMentioningLocations(Collection<Long> locationIds) {
        return OfParent.<Article>query(
                        em,
                        OfParent.SELECT_DISTINCT_NEW + "(m.location.id, a) from Mention m join m.article a"
                                + " where m.location.id in :ids")
                .setParameter("ids", locationIds)
                .getResultList();
    }

    /** The places the given articles mention, each once per article, with the article's id. */
    public List<OfParent<Location>> locationsOf(Collection<Long> articleIds) {
        return OfParent.<Location>query(
                        em,
                        OfParent.SELECT_DISTINCT_NEW + "(m.article.id, l) from Mention m join m.location l"
                                + " where m.article.id in :ids")
                .setParameter("ids", articleIds)
                .getResultList();
    }
}
