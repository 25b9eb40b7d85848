package org.claimgraph.it;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An integration pushes articles in; only the holder of the ingest token may. */
@ExtendWith(SharedApp.class)
class IngestIT {

    private final PackagedApp app;
    private final GraphQL graphql;

    IngestIT(PackagedApp app) {
        this.app = app;
        this.graphql = new GraphQL(app);
    }

    @Test
    void shouldRefuseIngestWithoutTokenAndStoreNothing() {
        int before = articleCount();
        graphql.query("ingest-article", Articles.input(Articles.body("no-token")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"))
                .body("errors[0].message", containsString("Authorization: Bearer"));
        assertEquals(before, articleCount());
    }

    @Test
    void shouldRefuseAWrongOrEmptyTokenTheSameWayAsAMissingOne() {
        int before = articleCount();
        String missing = graphql.query("ingest-article", Articles.input(Articles.body("wrong")))
                .extract()
                .path("errors[0].message");
        for (String token : new String[] {"wrong-token", "", app.ingestToken() + "x"}) {
            graphql.withToken(token, "ingest-article", Articles.input(Articles.body("wrong")))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"))
                    .body("errors[0].message", equalTo(missing));
        }
        assertEquals(before, articleCount());
    }

    @Test
    void shouldRefuseTheTokenInAnotherSchemeOrWithoutOneTheSameWayAsAMissingOne() {
        int before = articleCount();
        String missing = graphql.query("ingest-article", Articles.input(Articles.body("scheme")))
                .extract()
                .path("errors[0].message");
        String request = "{\"query\": \"mutation { ingestArticle(input: {body: \\\"Headline\\\\n\\\\nA quiet day"
                + " in scheme.\\\"}) { created } }\"}";
        for (String header : new String[] {
            "Basic " + app.ingestToken(),
            app.ingestToken(),
            "Bearer",
            "Bearer  ",
            "Bearer " + app.ingestToken().toUpperCase(java.util.Locale.ROOT)
        }) {
            RawRequest.Reply reply =
                    RawRequest.json(app).header("Authorization", header).post(request);
            assertEquals(200, reply.status(), reply.body());
            assertEquals("UNAUTHORIZED", reply.json().getString("errors[0].extensions.code"), header);
            assertEquals(missing, reply.json().getString("errors[0].message"), header);
            assertEquals(null, reply.json().getString("data.ingestArticle"), header);
        }
        assertEquals(before, articleCount());
    }

    @Test
    void shouldStoreAnArticleOnceAndReturnTheStoredOneForTheSameBody() {
        String body = Articles.body("idempotent");
        String id = graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(body))
                .body("errors", nullValue())
                .body("data.ingestArticle.created", equalTo(true))
                .body("data.ingestArticle.article.title", equalTo("Officials Report Calm in Test Region idempotent"))
                .body("data.ingestArticle.article.source", equalTo("claimgraph tests"))
                .extract()
                .path("data.ingestArticle.article.id");
        int after = articleCount();

        graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(body))
                .body("errors", nullValue())
                .body("data.ingestArticle.created", equalTo(false))
                .body("data.ingestArticle.article.id", equalTo(id));
        assertEquals(after, articleCount());
    }

    @Test
    void shouldRejectABlankBodyWithAClearMessageAndStoreNothing() {
        int before = articleCount();
        graphql.withToken(app.ingestToken(), "ingest-article", Articles.input("  \n "))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("body must not be empty"));
        assertEquals(before, articleCount());
    }

    @Test
    void shouldRefuseAUrlThatIsNotAnAbsoluteWebUrlAndStoreNothing() {
        int before = articleCount();
        for (String url : new String[] {
            "javascript:alert(document.domain)",
            " JAVASCRIPT:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "/relative/path",
            "ftp://news.example/a"
        }) {
            graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(Articles.body("url"), url))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", equalTo("url must be an absolute http or https URL"));
        }
        assertEquals(before, articleCount());
        graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(Articles.body("url")))
                .body("data.ingestArticle.created", equalTo(true));
    }

    @Test
    void shouldExtractTheQuoteOfAnIngestedArticleWithItsSpeaker() {
        String body = Articles.body("quoted");
        String articleId = graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(body))
                .body("errors", nullValue())
                .extract()
                .path("data.ingestArticle.article.id");

        graphql.query("claims-page", Map.of("filter", Map.of("article", articleId), "first", 50))
                .body("errors", nullValue())
                .body("data.claims.edges.node.text", hasItem("The market reopened this morning"))
                .body(
                        "data.claims.edges.find { it.node.text == 'The market reopened this morning' }.node.speaker.name",
                        equalTo("Karim Testwala"))
                .body("data.claims.edges.node.speaker", not(hasItem(nullValue())))
                .body("data.claims.totalCount", notNullValue());
    }

    private int articleCount() {
        return graphql.query("article-count")
                .body("errors", nullValue())
                .extract()
                .path("data.articles.totalCount");
    }
}
