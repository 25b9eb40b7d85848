package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.claimgraph.domain.Actor;
import org.claimgraph.domain.Location;
import org.claimgraph.domain.Mention;

@ApplicationScoped
public class MentionRepository {

    @Inject
    EntityManager em;

    /** The actors the given articles mention, each once per article, with the article's id. */
    public List<OfParent<Actor>> actorsOf(Collection<Long> articleIds) {
        return IdParameters.in(
                        articleIds,
                        in -> OfParent.<Actor>query(
                                em,
                                OfParent.SELECT_DISTINCT_NEW + "(m.article.id, a) from Mention m join m.actor a"
                                        + " where m.article.id in " + in))
                .getResultList();
    }

    /**
     * Where actors are named and where places are (mention ids), and the articles that name an actor or a place
     * (article ids, each once however often the article names it): read a page per actor or place.
     */
    public enum MentionList {
        OF_ACTOR(new PerParentPages("mention m", "m.actor_id", "m.id")),
        OF_LOCATION(new PerParentPages("mention m", "m.location_id", "m.id")),
        ARTICLES_NAMING_ACTOR(new PerParentPages("mention m", "m.actor_id", "m.article_id", true)),
        ARTICLES_NAMING_LOCATION(new PerParentPages("mention m", "m.location_id", "m.article_id", true));

        private final PerParentPages pages;

        MentionList(PerParentPages pages) {
            this.pages = pages;
        }
    }

    /** For each actor or place, the ids of its first {@code limit} mentions (or articles) after {@code afterId}. */
    public Map<Long, List<Long>> firstIds(MentionList list, Collection<Long> parentIds, long afterId, int limit) {
        return list.pages.firstIds(em, parentIds, PerParentPages.Condition.NONE, afterId, limit);
    }

    /** For each actor or place, how many mentions (or articles naming it) it has. */
    public Map<Long, Long> counts(MentionList list, Collection<Long> parentIds) {
        return list.pages.counts(em, parentIds, PerParentPages.Condition.NONE);
    }

    public List<Mention> findByIds(Collection<Long> ids) {
        return IdParameters.in(ids, in -> em.createQuery("select m from Mention m where m.id in " + in, Mention.class))
                .getResultList();
    }

    /** The places the given articles mention, each once per article, with the article's id. */
    public List<OfParent<Location>> locationsOf(Collection<Long> articleIds) {
        return IdParameters.in(
                        articleIds,
                        in -> OfParent.<Location>query(
                                em,
                                OfParent.SELECT_DISTINCT_NEW + "(m.article.id, l) from Mention m join m.location l"
                                        + " where m.article.id in " + in))
                .getResultList();
    }
}
