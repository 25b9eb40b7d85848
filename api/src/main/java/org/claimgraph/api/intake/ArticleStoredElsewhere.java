package org.claimgraph.api.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.claimgraph.api.events.ClaimAdded;
import org.claimgraph.api.events.GraphChanged;
import org.claimgraph.api.store.StoredClaims;

/**
 * Tells this instance about an article another instance (or a bulk ingest) stored in the same database:
 * reads its claims and fires {@link GraphChanged} as this instance's own ingests do.
 */
@ApplicationScoped
public class ArticleStoredElsewhere {

    @Inject
    StoredClaims claims;

    @Inject
    Event<GraphChanged> graphChanged;

    @ActivateRequestContext
    @Transactional
    public void arrived(long articleId) {
        List<ClaimAdded> added =
                claims.ofArticle(articleId).stream().map(ClaimAdded::of).toList();
        graphChanged.fire(new GraphChanged(articleId, added, false));
    }
}
