package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.claimgraph.domain.Claim;

/** The claims one article brought, with the actors and places they are about, as a subscription filters them. */
@ApplicationScoped
public class StoredClaims {

    @Inject
    EntityManager em;

    public List<Claim> ofArticle(long articleId) {
        return em.createQuery(
                        "select distinct c from Claim c left join fetch c.about left join fetch c.locations"
                                + " where c.article.id = :article order by c.id",
                        Claim.class)
                .setParameter("article", articleId)
                .getResultList();
    }
}
