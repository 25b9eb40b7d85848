package org.claimgraph.it;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every claim leads back to the exact words of its article. */
@ExtendWith(SharedApp.class)
class EvidenceIT {

    private final GraphQL graphql;

    EvidenceIT(PackagedApp app) {
        this.graphql = new GraphQL(app);
    }

    @Test
    void shouldPointEveryClaimAtTheRightCharactersOfTheStoredBody() {
        List<String> ids = graphql.query("claims-page", Map.of("first", 200))
                .body("errors", nullValue())
                .extract()
                .jsonPath()
                .getList("data.claims.edges.node.id");
        assertFalse(ids.isEmpty(), "the corpus yields claims");
        for (String id : ids) {
            JsonPath claim = graphql.query("claim-by-id", Map.of("id", id))
                    .body("errors", nullValue())
                    .extract()
                    .jsonPath();
            String body = claim.getString("data.claim.article.body");
            int start = claim.getInt("data.claim.evidence.start");
            int end = claim.getInt("data.claim.evidence.end");
            assertEquals(body.substring(start, end), claim.getString("data.claim.evidence.text"));
            assertEquals(claim.getString("data.claim.text"), claim.getString("data.claim.evidence.text"));
            assertTrue(body.contains(claim.getString("data.claim.evidence.sentence")));
            assertTrue(claim.getString("data.claim.evidence.sentence").contains(claim.getString("data.claim.text")));
        }
    }

    @Test
    void shouldAnswerNullForAClaimThatDoesNotExist() {
        graphql.query("claim-by-id", Map.of("id", "999999999"))
                .body("errors", nullValue())
                .body("data.claim", nullValue());
    }
}
