package org.claimgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One graph across articles: a person met in two articles is one actor with both articles' mentions,
 * a namesake stays apart, and an assertion in one article and a denial in another form one dispute.
 */
@ExtendWith(SharedApp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossArticleIT {

    private static final String CLASH = """
            Rival Militant Groups Clash Near Border Town, Army Says

            Army spokesman Col. Moussa Keitaro said on Monday that JNIM is fighting the Islamic State in the \
            Greater Sahara near the border.
            """;
    private static final String DENIAL = """
            Militant Group Rejects Army Account of Rivalry

            JNIM spokesman Abou Bakari said on Tuesday that JNIM is not fighting the Islamic State in the Greater \
            Sahara.
            """;
    private static final String FOLLOW_UP = """
            Army Reports Quiet Week in the North

            "The roads are open again," Col. Moussa Keitaro told reporters on Friday.

            Separately, Gen. Ibrahim Keitaro, the air force chief, said no flights had been cancelled.
            """;

    private final PackagedApp app;
    private final GraphQL graphql;

    CrossArticleIT(PackagedApp app) {
        this.app = app;
        this.graphql = new GraphQL(app);
    }

    @BeforeAll
    void ingestTheThreeArticles() {
        for (String body : List.of(CLASH, DENIAL, FOLLOW_UP)) {
            graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(body))
                    .body("errors", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void shouldKeepOnePersonAcrossArticlesAndANamesakeApart() {
        JsonPath actors = graphql.query("cross-article", Map.of("name", "Keitaro"))
                .extract()
                .jsonPath();

        assertEquals(
                Set.of("Moussa Keitaro", "Ibrahim Keitaro"),
                Set.copyOf(actors.getList("data.actors.edges.node.name")),
                actors.prettify());
        Map<String, Object> moussa = actors.getList("data.actors.edges.node", Map.class).stream()
                .filter(a -> a.get("name").equals("Moussa Keitaro"))
                .findFirst()
                .orElseThrow();
        assertEquals(2, ((Map<?, ?>) moussa.get("articles")).get("totalCount"), "both articles: " + moussa);
        assertEquals(2, ((Map<?, ?>) moussa.get("claims")).get("totalCount"), "a claim in each: " + moussa);
    }

    @Test
    void shouldFormOneDisputeFromAnAssertionAndADenialInDifferentArticles() {
        String jnim =
                graphql.query("cross-article", Map.of("name", "JNIM")).extract().path("data.actors.edges[0].node.id");

        JsonPath disputes = graphql.query("disputes-between", Map.of("actor", jnim))
                .extract()
                .jsonPath();

        assertNull(disputes.get("errors"));
        assertEquals(1, disputes.getInt("data.disputes.totalCount"), disputes.prettify());
        assertEquals(1, disputes.getInt("data.disputes.edges[0].node.assertions.totalCount"), disputes.prettify());
        assertEquals(1, disputes.getInt("data.disputes.edges[0].node.denials.totalCount"), disputes.prettify());
        assertEquals(
                List.of("Moussa Keitaro"),
                disputes.getList("data.disputes.edges[0].node.assertions.edges.node.speaker.name"));
        assertEquals(
                List.of("Abou Bakari"),
                disputes.getList("data.disputes.edges[0].node.denials.edges.node.speaker.name"));
        assertEquals(
                List.of("Rival Militant Groups Clash Near Border Town, Army Says"),
                disputes.getList("data.disputes.edges[0].node.assertions.edges.node.evidence.article.title"));
        assertEquals(
                List.of("Militant Group Rejects Army Account of Rivalry"),
                disputes.getList("data.disputes.edges[0].node.denials.edges.node.evidence.article.title"));
    }
}
