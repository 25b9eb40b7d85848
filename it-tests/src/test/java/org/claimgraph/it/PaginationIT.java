package org.claimgraph.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A client walks every page of a connection and sees each node exactly once. */
@ExtendWith(SharedApp.class)
class PaginationIT {

    private final PackagedApp app;
    private final GraphQL graphql;

    PaginationIT(PackagedApp app) {
        this.app = app;
        this.graphql = new GraphQL(app);
    }

    @Test
    void shouldWalkAllArticlesPageByPage() {
        for (int i = 0; i < 5; i++) {
            graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(Articles.body("page-" + i)))
                    .body("errors", nullValue());
        }
        List<String> seen = new ArrayList<>();
        String after = null;
        int totalCount = -1;
        for (int pages = 0; pages < 100; pages++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", 2);
            variables.put("after", after);
            JsonPath page = graphql.query("articles-page", variables)
                    .body("errors", nullValue())
                    .extract()
                    .jsonPath();
            totalCount = page.getInt("data.articles.totalCount");
            List<String> ids = page.getList("data.articles.edges.node.id");
            assertTrue(ids.size() <= 2, "a page holds at most `first` nodes");
            seen.addAll(ids);
            if (!page.getBoolean("data.articles.pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString("data.articles.pageInfo.endCursor");
        }
        assertTrue(totalCount >= 6, "the corpus article and the five ingested ones are stored");
        assertEquals(totalCount, seen.size(), "every article is seen once");
        assertEquals(seen.size(), new HashSet<>(seen).size(), "no article is seen twice");
    }

    @Test
    void shouldWalkAllArticlesNewestFirstPageByPage() {
        String newest = null;
        for (int i = 0; i < 3; i++) {
            newest = graphql.withToken(
                            app.ingestToken(), "ingest-article", Articles.input(Articles.body("newest-" + i)))
                    .body("errors", nullValue())
                    .extract()
                    .path("data.ingestArticle.article.id");
        }
        List<String> oldestFirst = walk("OLDEST_FIRST");
        List<String> newestFirst = walk("NEWEST_FIRST");

        assertEquals(newest, newestFirst.get(0), "the article stored last comes first");
        List<String> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        assertEquals(reversed, newestFirst, "newest first is storage order reversed, across pages");
        assertEquals(newestFirst.size(), new HashSet<>(newestFirst).size(), "no article is seen twice");
    }

    /** The article ids of every page of two, in the given order. */
    private List<String> walk(String order) {
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int pages = 0; pages < 100; pages++) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("first", 2);
            variables.put("after", after);
            variables.put("order", order);
            JsonPath page = graphql.query("articles-page-ordered", variables)
                    .body("errors", nullValue())
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("data.articles.edges.node.id"));
            if (!page.getBoolean("data.articles.pageInfo.hasNextPage")) {
                assertEquals(page.getInt("data.articles.totalCount"), seen.size(), "every article is seen");
                return seen;
            }
            after = page.getString("data.articles.pageInfo.endCursor");
        }
        throw new AssertionError("more than 100 pages of articles");
    }

    @Test
    void shouldRefuseAPageLargerThanTheCap() {
        graphql.query("articles-page", Map.of("first", 201))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("first must be between 0 and 200, was 201"));
    }

    @Test
    void shouldRefuseANegativePageSize() {
        graphql.query("articles-page", Map.of("first", -1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void shouldRefuseACursorItDidNotIssue() {
        graphql.query("articles-page", Map.of("first", 2, "after", "bm90LWEtY3Vyc29y"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("after is not a cursor this API issued"));
    }
}
