package org.claimgraph.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Two instances on one PostgreSQL database, as the README's scale-out runs them: an article stored through
 * one reaches the other's subscribers at once, and the other's response cache does not serve the graph as
 * it was before.
 */
class ClusterEventsIT {

    private static final String CLAIM_ADDED = "subscription($since: ID, $filter: ClaimFilter) {"
            + " claimAdded(since: $since, filter: $filter) { id text article { id } speaker { name } } }";

    @Test
    void shouldTellEveryInstanceOfAnArticleStoredThroughAnother() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("claimgraph.it.database")), "instances share PostgreSQL");
        Path data = PackagedApp.freshDataDir();
        try (PackagedApp a = PackagedApp.start(data);
                PackagedApp b = PackagedApp.start(data);
                GraphQLSocket subscriber = GraphQLSocket.open(b)) {
            int before = articleCount(b); // kept in B's response cache from here on
            assertEquals(before, articleCount(b));

            long sent = System.nanoTime();
            String articleId = new GraphQL(a)
                    .withToken(a.ingestToken(), "ingest-article", Articles.input(Articles.body("cluster")))
                    .body("errors", nullValue())
                    .body("data.ingestArticle.created", equalTo(true))
                    .extract()
                    .path("data.ingestArticle.article.id");
            // since 1 (ids start there): the claims B heard of before the subscription was registered are replayed
            subscriber.subscribe(
                    "1", CLAIM_ADDED, "{\"since\": \"1\", \"filter\": {\"article\": \"" + articleId + "\"}}");

            String next = subscriber.await(
                    m -> m.contains("\"type\":\"next\"") && m.contains("The market reopened this morning"), 2);
            long millis = (System.nanoTime() - sent) / 1_000_000;
            assertTrue(next.contains("Karim Testwala"), next);
            assertEquals(before + 1, articleCount(b), "B answers with the new article at once, not from its cache");
            System.out.printf("a claim stored through A reached a subscriber on B in %d ms%n", millis);
        }
    }

    private static int articleCount(PackagedApp app) {
        return new GraphQL(app)
                .query("article-count")
                .body("errors", nullValue())
                .extract()
                .path("data.articles.totalCount");
    }
}
