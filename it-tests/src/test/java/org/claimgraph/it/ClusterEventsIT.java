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

    @Test
    void shouldTellEveryInstanceOfAnArticleStoredThroughAnother() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("claimgraph.it.database")), "instances share PostgreSQL");
        Path data = PackagedApp.freshDataDir();
        try (PackagedApp a = PackagedApp.start(data);
                PackagedApp b = PackagedApp.start(data);
                SubscriptionClient subscriber = SubscriptionClient.connect(b)) {
            subscriber.subscribe("1", "subscription { claimAdded { text speaker { name } } }");
            int before = articleCount(b); // kept in B's response cache from here on
            assertEquals(before, articleCount(b));

            // B registers the subscription asynchronously: an ingest that beats it is not seen, so store fresh
            // articles until one arrives (the first almost always does)
            int stored = 0;
            boolean arrived = false;
            long millis = 0;
            while (!arrived && stored < 3) {
                long sent = System.nanoTime();
                new GraphQL(a)
                        .withToken(
                                a.ingestToken(), "ingest-article", Articles.input(Articles.body("cluster-" + stored)))
                        .body("errors", nullValue())
                        .body("data.ingestArticle.created", equalTo(true));
                stored++;
                arrived = subscriber.awaitNext(2_000);
                millis = (System.nanoTime() - sent) / 1_000_000;
            }

            assertTrue(arrived, "a claim stored through A reaches B's subscriber: " + subscriber.messages);
            assertTrue(
                    subscriber.messages.stream().anyMatch(m -> m.contains("The market reopened this morning")),
                    subscriber.messages::toString);
            assertEquals(
                    before + stored, articleCount(b), "B answers with the new article at once, not from its cache");
            System.out.printf("claim stored through A reached B's subscriber in %d ms%n", millis);
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
