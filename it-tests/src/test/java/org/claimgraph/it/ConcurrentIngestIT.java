package org.claimgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Several clients push at the same moment: nothing is stored twice and nothing is lost. */
@ExtendWith(SharedApp.class)
class ConcurrentIngestIT {

    private static final int CLIENTS = 8;

    private final PackagedApp app;
    private final GraphQL graphql;

    ConcurrentIngestIT(PackagedApp app) {
        this.app = app;
        this.graphql = new GraphQL(app);
    }

    @Test
    void shouldStoreOneBodySentByEightClientsAtOnceOnceAndGiveAllTheSameArticle() throws Exception {
        int before = articleCount();
        String body = Articles.body("eight clients at once");

        List<JsonPath> answers = atOnce(i -> body);

        Set<String> ids = new HashSet<>();
        int created = 0;
        for (JsonPath answer : answers) {
            assertNull(answer.get("errors"), () -> "an ingest failed: " + answer.prettify());
            ids.add(answer.getString("data.ingestArticle.article.id"));
            created += answer.getBoolean("data.ingestArticle.created") ? 1 : 0;
        }
        assertEquals(1, ids.size(), "all clients get the same article: " + ids);
        assertEquals(1, created, "exactly one client created it");
        assertEquals(before + 1, articleCount());
    }

    @Test
    void shouldStoreEightDifferentArticlesAboutTheSameActorsSentAtOnce() throws Exception {
        int before = articleCount();

        List<JsonPath> answers = atOnce(i -> Articles.body("parallel run " + i));

        for (JsonPath answer : answers) {
            assertNull(answer.get("errors"), () -> "an ingest failed: " + answer.prettify());
            assertEquals(true, answer.getBoolean("data.ingestArticle.created"));
        }
        assertEquals(before + CLIENTS, articleCount());
        // the eight articles quote one spokesman: one actor, not eight
        assertEquals(
                1,
                graphql.query("actors-named", java.util.Map.of("name", "Karim Testwala"))
                        .extract()
                        .jsonPath()
                        .getInt("data.actors.totalCount"));
    }

    private interface BodyOf {
        String body(int client);
    }

    private List<JsonPath> atOnce(BodyOf bodies) throws Exception {
        CyclicBarrier start = new CyclicBarrier(CLIENTS);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<JsonPath>> pending = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                String body = bodies.body(i);
                Callable<JsonPath> ingest = () -> {
                    start.await();
                    return graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(body))
                            .extract()
                            .jsonPath();
                };
                pending.add(clients.submit(ingest));
            }
            List<JsonPath> answers = new ArrayList<>();
            for (Future<JsonPath> answer : pending) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            clients.shutdownNow();
        }
    }

    private int articleCount() {
        return graphql.query("article-count").extract().path("data.articles.totalCount");
    }
}
