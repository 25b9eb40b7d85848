package org.claimgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * An ingest answered {@code created: true} is on disk: the process killed with SIGKILL while more
 * ingests are in flight loses none of the articles it acknowledged, and leaves no article half-stored.
 */
class DurableIngestIT {

    private static final Map<String, String> NO_CORPUS = Map.of("CLAIMGRAPH_CORPUS_LOAD", "false");
    private static final int CLIENTS = 3;
    /** Acknowledged ingests before the kill: enough for several seconds of steady writing. */
    private static final int ACKNOWLEDGED_BEFORE_KILL = 30;

    @Test
    void shouldKeepEveryAcknowledgedArticleWholeAfterTheProcessIsKilled() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        Path dataDir;
        try (PackagedApp app = PackagedApp.start(PackagedApp.freshDataDir(), NO_CORPUS)) {
            dataDir = app.dataDir();
            CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.execute(() -> ingestUntilRefused(app, sent, acknowledged, enough));
            }
            assertTrue(enough.await(3, TimeUnit.MINUTES), "the app acknowledged " + acknowledged.size() + " ingests");
            app.kill();
            clients.shutdown();
            assertTrue(clients.awaitTermination(1, TimeUnit.MINUTES));
        }
        assertTrue(sent.get() > acknowledged.size(), "ingests were in flight when the app was killed");

        try (PackagedApp restarted = PackagedApp.start(dataDir, NO_CORPUS)) {
            Map<String, Integer> stored = StoredArticles.claimCounts(restarted);
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored.keySet());
            assertEquals(
                    Set.of(),
                    lost,
                    "acknowledged articles missing after the restart (of " + acknowledged.size() + " acknowledged, "
                            + stored.size() + " stored)");
            int whole = claimCount(restarted);
            assertTrue(whole > 0);
            assertEquals(
                    List.of(whole),
                    stored.values().stream().distinct().toList(),
                    "every stored article has all of its claims, also one whose ingest was cut off");
        }
    }

    /** Ingests new articles one after another, noting each acknowledged one, until the app stops answering. */
    private static void ingestUntilRefused(
            PackagedApp app, AtomicInteger sent, Set<String> acknowledged, CountDownLatch enough) {
        GraphQL graphql = new GraphQL(app);
        while (true) {
            String body = Articles.body("durable " + sent.incrementAndGet());
            JsonPath answer;
            try {
                answer = graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(body))
                        .extract()
                        .jsonPath();
            } catch (RuntimeException | AssertionError e) {
                return; // the process is gone: this ingest was never acknowledged
            }
            if (!Boolean.TRUE.equals(answer.getBoolean("data.ingestArticle.created"))) {
                return;
            }
            acknowledged.add(answer.getString("data.ingestArticle.article.contentHash"));
            enough.countDown();
        }
    }

    /** The claims of one whole article of the same template, ingested on the restarted app. */
    private static int claimCount(PackagedApp app) {
        GraphQL graphql = new GraphQL(app);
        String id = graphql.withToken(
                        app.ingestToken(), "ingest-article", Articles.input(Articles.body("durable reference")))
                .extract()
                .path("data.ingestArticle.article.id");
        return graphql.query("claims-page", Map.of("filter", Map.of("article", id), "first", 50))
                .extract()
                .path("data.claims.totalCount");
    }
}
