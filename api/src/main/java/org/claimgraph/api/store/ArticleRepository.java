package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.domain.Article;

@ApplicationScoped
public class ArticleRepository {

    @Inject
    EntityManager em;

    public Optional<Article> findByContentHash(String contentHash) {
        return em.createQuery("select a from Article a where a.contentHash = :hash", Article.class)
                .setParameter("hash", contentHash)
                .getResultStream()
                .findFirst();
    }

    public Optional<Article> findById(long id) {
        return Optional.ofNullable(em.find(Article.class, id));
    }

    public List<Article> findByIds(Collection<Long> ids) {
        return IdParameters.in(ids, in -> em.createQuery("select a from Article a where a.id in " + in, Article.class))
                .getResultList();
    }

    /** The bodies of the given articles, by id, in one statement. */
    public Map<Long, String> bodiesOf(Collection<Long> ids) {
        Map<Long, String> bodies = new HashMap<>();
        IdParameters.in(
                        ids,
                        in -> OfParent.<String>query(
                                em, OfParent.SELECT_NEW + "(a.id, a.body) from Article a where a.id in " + in))
                .getResultList()
                .forEach(row -> bodies.put(row.parentId(), row.item()));
        return bodies;
    }

    public List<Article> pageAfter(long afterId, int limit) {
        return em.createQuery("select a from Article a where a.id > :after order by a.id", Article.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Newest first: the articles stored before the one with id {@code beforeId}, or from the newest when 0. */
    public List<Article> pageBefore(long beforeId, int limit) {
        return em.createQuery("select a from Article a where a.id < :before order by a.id desc", Article.class)
                .setParameter("before", beforeId == 0 ? Long.MAX_VALUE : beforeId)
                .setMaxResults(limit)
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(a) from Article a", Long.class).getSingleResult();
    }
}
