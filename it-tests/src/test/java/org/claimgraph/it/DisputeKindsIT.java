package org.claimgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every dispute an article holds is stored and served, whatever it is over: two actors, an actor and a
 * place, or a statement no typed relation fits, which the dispute's label says.
 */
@ExtendWith(SharedApp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisputeKindsIT {

    private static final String OVER_AN_ACTOR = """
            Rival Groups Trade Claims Over Desert Fighting

            Army spokesman Col. Amadou Sangare said on Monday that Boko Haram is fighting al-Shabaab near the lake.

            Boko Haram spokesman Musa Dauda said on Tuesday that Boko Haram is not fighting al-Shabaab.
            """;
    private static final String OVER_A_PLACE = """
            Taliban Say They Hold District in Takhar

            Taliban spokesman Qari Yusuf Ahmadi said on Sunday that Taliban fighters had captured Khwaja Ghar district.

            An army spokesman, Fawad Aman, denied that the Taliban had captured Khwaja Ghar.
            """;
    private static final String OVER_A_STATEMENT = """
            Monitors Say Relief Flour Went Missing

            The United Nations said on Monday that the flour meant for flood survivors in the valley had been sold \
            in markets by local traders.

            Governor Omar Zafar rejected the report on Tuesday. "Not a single sack of flour was sold in our \
            markets," he said.
            """;

    private final PackagedApp app;
    private final GraphQL graphql;
    private JsonPath answer;

    DisputeKindsIT(PackagedApp app) {
        this.app = app;
        this.graphql = new GraphQL(app);
    }

    @BeforeAll
    void ingestTheThreeArticlesAndReadTheDisputes() {
        for (String body : List.of(OVER_AN_ACTOR, OVER_A_PLACE, OVER_A_STATEMENT)) {
            graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(body))
                    .body("errors", org.hamcrest.Matchers.nullValue());
        }
        answer = graphql.query("disputes-with-roles").extract().jsonPath();
        assertNull(answer.get("errors"), answer.prettify());
    }

    /** A reader of the one dispute whose asserting claims stand in the article with this title. */
    private Dispute disputeIn(String title) {
        List<List<String>> titles =
                answer.getList("data.disputes.edges.node.assertions.edges.node.evidence.article.title");
        List<Integer> found = new java.util.ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            if (titles.get(i).contains(title)) {
                found.add(i);
            }
        }
        assertEquals(1, found.size(), () -> "one dispute in \"" + title + "\": " + answer.prettify());
        return new Dispute("data.disputes.edges[" + found.get(0) + "].node.");
    }

    private final class Dispute {
        private final String prefix;

        Dispute(String prefix) {
            this.prefix = prefix;
        }

        <T> T get(String path) {
            return answer.get(prefix + path);
        }
    }

    @Test
    void shouldServeADisputeBetweenTwoActors() {
        Dispute dispute = disputeIn("Rival Groups Trade Claims Over Desert Fighting");

        assertEquals("FIGHTS", dispute.<String>get("predicate"));
        assertEquals(
                java.util.Set.of("Boko Haram", "al-Shabab"),
                java.util.Set.of(dispute.<String>get("subject.name"), dispute.<String>get("object.name")));
        assertNull(dispute.get("objectLocation"));
        assertEquals(List.of("Amadou Sangare"), dispute.<List<String>>get("assertions.edges.node.speaker.name"));
        assertEquals(List.of("Musa Dauda"), dispute.<List<String>>get("denials.edges.node.speaker.name"));
    }

    @Test
    void shouldServeADisputeOverAPlace() {
        Dispute dispute = disputeIn("Taliban Say They Hold District in Takhar");

        assertEquals("CONTROLS", dispute.<String>get("predicate"));
        assertEquals("Taliban", dispute.<String>get("subject.name"));
        assertNull(dispute.get("object"), "the object is a place, not an actor");
        assertEquals("Khwaja Ghar", dispute.<String>get("objectLocation.name"));
        assertEquals("Taliban CONTROLS Khwaja Ghar", dispute.<String>get("proposition"));
        assertEquals(List.of("Fawad Aman"), dispute.<List<String>>get("denials.edges.node.speaker.name"));
    }

    @Test
    void shouldServeADisputeOverAStatementWithItsLabel() {
        Dispute dispute = disputeIn("Monitors Say Relief Flour Went Missing");

        assertEquals("OTHER", dispute.<String>get("predicate"));
        String label = dispute.get("label");
        assertTrue(label.contains("flour meant for flood survivors"), label);
        assertEquals(label, dispute.<String>get("proposition"), "an OTHER dispute reads as its label");
        assertEquals(List.of("United Nations"), dispute.<List<String>>get("assertions.edges.node.speaker.name"));
        assertEquals(
                List.of("Omar Zafar", "Omar Zafar"),
                dispute.<List<String>>get("denials.edges.node.speaker.name"),
                "the rejection of the report and the quote that follows it");
    }
}
