package org.claimgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What an app serves of its articles, read page by page through the API. */
final class StoredArticles {

    private StoredArticles() {}

    /** Content hash to number of claims, of every article an app started on {@code dataDir} serves. */
    static Map<String, Integer> claimCountsIn(Path dataDir) {
        try (PackagedApp app = PackagedApp.start(dataDir, Map.of("CLAIMGRAPH_CORPUS_LOAD", "false"))) {
            return claimCounts(app);
        }
    }

    /** Content hash to number of claims, of every article {@code app} serves; asserts none is listed twice. */
    static Map<String, Integer> claimCounts(PackagedApp app) {
        GraphQL graphql = new GraphQL(app);
        Map<String, Integer> claims = new HashMap<>();
        List<Object> seen = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", 200);
            variables.put("after", after);
            JsonPath page =
                    graphql.query("articles-claim-counts", variables).extract().jsonPath();
            List<String> hashes = page.getList("data.articles.edges.node.contentHash");
            List<Integer> counts = page.getList("data.articles.edges.node.claims.totalCount");
            for (int i = 0; i < hashes.size(); i++) {
                seen.add(hashes.get(i));
                claims.merge(hashes.get(i), counts.get(i), (a, b) -> -1);
            }
            after = page.getBoolean("data.articles.pageInfo.hasNextPage")
                    ? page.getString("data.articles.pageInfo.endCursor")
                    : null;
        } while (after != null);
        assertEquals(seen.size(), claims.size(), "no article twice");
        return claims;
    }
}
