package org.claimgraph.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.claimgraph.it.RawRequest.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests a careless or hostile client sends. Each gets a client error (4xx, or a GraphQL error) with a
 * clear message and {@code extensions.code}; never a server error, a stack trace, or a stored article.
 */
@ExtendWith(SharedApp.class)
class HostileRequestsIT {

    private static final String COUNT = "{ articles { totalCount } }";
    private static final String INGEST = "mutation($b: String!) { ingestArticle(input: {body: $b}) { created } }";

    private final PackagedApp app;
    private final GraphQL graphql;

    HostileRequestsIT(PackagedApp app) {
        this.app = app;
        this.graphql = new GraphQL(app);
    }

    @Test
    void shouldRefuseMalformedJson() {
        refused(json("{\"query\": \"" + COUNT + "\""), 400, "BAD_REQUEST", "not valid JSON");
    }

    @Test
    void shouldRefuseABodyThatIsNotJson() {
        refused(json("query=" + COUNT), 400, "BAD_REQUEST", "not valid JSON");
    }

    @Test
    void shouldRefuseBytesThatAreNotUtf8() {
        byte[] body = "{\"query\": \"{ articles(first: 1) { totalCount } }\", \"variables\": {\"x\": \"__\"}}"
                .getBytes(StandardCharsets.UTF_8);
        int at = new String(body, StandardCharsets.UTF_8).indexOf("__");
        body[at] = (byte) 0xff;
        body[at + 1] = (byte) 0xc3;
        refused(RawRequest.json(app).post(body), 400, "BAD_REQUEST", "not valid UTF-8");
    }

    @Test
    void shouldRefuseAnEmptyBody() {
        refused(json(""), 400, "BAD_REQUEST", "the request body is empty");
    }

    @Test
    void shouldRefuseJsonThatIsNotAnObjectOrHasNoQuery() {
        refused(json("[{\"query\": \"" + COUNT + "\"}]"), 400, "BAD_REQUEST", "must be a JSON object");
        refused(json("null"), 400, "BAD_REQUEST", "must be a JSON object");
        refused(json("{\"variables\": {}}"), 400, "BAD_REQUEST", "the request has no query");
    }

    @Test
    void shouldRefuseARequestWithoutAJsonContentType() {
        refused(
                RawRequest.bare(app).post("{\"query\": \"" + COUNT + "\"}"),
                415,
                "UNSUPPORTED_MEDIA_TYPE",
                "the request has no Content-Type");
        refused(
                RawRequest.bare(app)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .post("query=x"),
                415,
                "UNSUPPORTED_MEDIA_TYPE",
                "application/json");
    }

    @Test
    void shouldRefuseNonStringOperationNameAndNonObjectVariables() {
        for (String value : new String[] {"5", "true", "{}", "[\"a\"]"}) {
            refused(
                    json("{\"query\": \"" + COUNT + "\", \"operationName\": " + value + "}"),
                    400,
                    "BAD_REQUEST",
                    "operationName must be a string");
        }
        for (String value : new String[] {"\"{}\"", "5", "[1]"}) {
            refused(
                    json("{\"query\": \"" + COUNT + "\", \"variables\": " + value + "}"),
                    400,
                    "BAD_REQUEST",
                    "variables must be a JSON object");
        }
        refused(json("{\"query\": 5}"), 400, "BAD_REQUEST", "query must be a string");
    }

    @Test
    void shouldPointAtASyntaxError() {
        JsonPath error = refused(query("{ articles { totalCount }"), 200, "GRAPHQL_PARSE_FAILED", "Invalid syntax");
        assertEquals(1, error.getInt("errors[0].locations[0].line"));
    }

    @Test
    void shouldNameAFieldThatIsNotInTheSchema() {
        refused(
                query("{ articles { totalCount colour } }"),
                200,
                "GRAPHQL_VALIDATION_FAILED",
                "Field 'colour' in type 'Connection_Article' is undefined");
    }

    @Test
    void shouldRefuseAVariableOfTheWrongTypeWithOneError() {
        JsonPath reply = refused(
                query("query($f: Int) { articles(first: $f) { totalCount } }", "{\"f\": \"ten\"}"),
                200,
                "GRAPHQL_VALIDATION_FAILED",
                "is not a valid 'Int'");
        assertEquals(1, reply.getList("errors").size(), "no second error about a null field");
        refused(
                query("query($f: Int!) { articles(first: $f) { totalCount } }", "{}"),
                200,
                "GRAPHQL_VALIDATION_FAILED",
                "Variable 'f'");
        refused(
                query("query($f: Int) { articles(first: $f) { totalCount } }", "{\"f\": 1.5}"),
                200,
                "BAD_USER_INPUT",
                "is not valid");
    }

    @Test
    void shouldAnswerSixteenLevelsAndRefuseSeventeen() {
        ok(query(nested(12)));
        refused(query(nested(13)), 200, "QUERY_TOO_DEEP", "maximum query depth exceeded 17 > 16");
    }

    @Test
    void shouldRefuseAFragmentCycle() {
        refused(
                query("{ articles { ...A } } fragment A on Connection_Article { totalCount ...B }"
                        + " fragment B on Connection_Article { ...A }"),
                200,
                "GRAPHQL_VALIDATION_FAILED",
                "Fragment cycles");
    }

    @Test
    void shouldRefuseAnAliasBomb() {
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 1100; i++) {
            aliases.append(" a").append(i).append(": articles { totalCount }");
        }
        refused(query(aliases.append(" }").toString()), 200, "QUERY_TOO_COMPLEX", "maximum query complexity exceeded");
    }

    @Test
    void shouldRefuseAFieldDuplicationBomb() {
        refused(
                query("{ articles { " + "totalCount ".repeat(5000) + "} }"),
                200,
                "QUERY_TOO_COMPLEX",
                "maximum query complexity exceeded");
    }

    @Test
    void shouldRefuseAFragmentBombQuickly() {
        StringBuilder document =
                new StringBuilder("{ articles { ...F29 } } fragment F0 on Connection_Article { totalCount }");
        for (int i = 1; i < 30; i++) {
            document.append(" fragment F")
                    .append(i)
                    .append(" on Connection_Article { ...F")
                    .append(i - 1)
                    .append(" ...F")
                    .append(i - 1)
                    .append(" }");
        }
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> refused(
                        query(document.toString()),
                        200,
                        "QUERY_TOO_COMPLEX",
                        "more than 1000 fields once its fragments are expanded"));
        ok(query(COUNT));
    }

    @Test
    void shouldRefuseAHugePageSize() {
        refused(
                query("{ articles(first: 1000000) { totalCount } }"),
                200,
                "BAD_USER_INPUT",
                "first must be between 0 and 200, was 1000000");
        refused(
                query("{ articles(first: 99999999999) { totalCount } }"),
                200,
                "BAD_USER_INPUT",
                "99999999999 is not an Int");
        refused(
                query("query($f: Int) { articles(first: $f) { totalCount } }", "{\"f\": 99999999999}"),
                200,
                "BAD_USER_INPUT",
                "is not valid");
    }

    @Test
    void shouldRefuseAPageSizeThatIsNotAnIntegerLiteral() {
        for (String first : new String[] {"1e3", "2.0", "5.5", "\"5\"", "true"}) {
            refused(query("{ articles(first: " + first + ") { totalCount } }"), 200, null, "first");
        }
        refused(
                query("{ articles(first: 1e3) { totalCount } }"),
                200,
                "BAD_USER_INPUT",
                "first must be an Int: an integer such as 20, without quotes, decimal point or exponent");
        refused(
                query("query($f: Float) { articles(first: $f) { totalCount } }", "{\"f\": 5}"),
                200,
                "GRAPHQL_VALIDATION_FAILED",
                "Float");
        ok(query("{ articles(first: 5) { totalCount } }"));
        ok(query("query($f: Int) { articles(first: $f) { totalCount } }", "{\"f\": 5}"));
    }

    @Test
    void shouldNotEchoALongIntegerInFull() {
        String digits = "9".repeat(5_000);
        JsonPath json = refused(
                query("{ articles(first: " + digits + ") { totalCount } }"),
                200,
                "BAD_USER_INPUT",
                "an integer of 5000 digits is not an Int");
        assertThat(json.getString("errors[0].message"), not(containsString("99999999999999999999999")));
    }

    @Test
    void shouldRefuseANegativePageSizeWithItsRange() {
        refused(
                query("{ articles(first: -5) { totalCount } }"),
                200,
                "BAD_USER_INPUT",
                "first must be between 0 and 200, was -5");
    }

    @Test
    void shouldRefuseForgedCursorsWithoutRepeatingThem() {
        for (String cursor :
                new String[] {"Y3Vyc29yOjk5OTk5OTk5OTk5OTk5OTk5OTk5", "Y3Vyc29yOi0x", "%%%", "", "x".repeat(10_000)}) {
            JsonPath json = refused(
                    query(
                            "query($a: String) { claims(first: 2, after: $a) { totalCount } }",
                            "{\"a\": \"" + cursor + "\"}"),
                    200,
                    "BAD_USER_INPUT",
                    "after is not a cursor this API issued");
            assertEquals("after is not a cursor this API issued", json.getString("errors[0].message"));
        }
    }

    @Test
    void shouldQuoteNoMoreThanAFewCharactersOfAForgedId() {
        String id = "<img src=x onerror=alert(1)>" + "x".repeat(1_000);
        // actor is nullable: the answer is {"actor": null} with the error
        JsonPath json = query("query($id: ID!) { actor(id: $id) { name } }", "{\"id\": \"" + id + "\"}")
                .json();
        assertEquals("BAD_USER_INPUT", json.getString("errors[0].extensions.code"));
        assertEquals("id is not a valid ID: <img src…", json.getString("errors[0].message"));
        assertEquals(
                "id is not a valid ID: abc",
                query("{ actor(id: \"abc\") { name } }").json().getString("errors[0].message"));
    }

    @Test
    void shouldRefuseARequestOverEightMegabytes() {
        String padding = "a".repeat(9 * 1024 * 1024);
        refused(query(COUNT, "{\"padding\": \"" + padding + "\"}"), 413, "REQUEST_TOO_LARGE", "8 MB");
    }

    @Test
    void shouldStoreNothingFromAMalformedIngestWithTheRightToken() {
        int before = articleCount();
        String body = Articles.body("hostile");
        String variables = "{\"b\": " + JsonText.quote(body) + "}";
        refused(
                ingest("{\"query\": \"" + INGEST + "\", \"variables\": " + variables),
                400,
                "BAD_REQUEST",
                "not valid JSON");
        refused(
                ingest("{\"query\": \"" + INGEST + "\", \"variables\": " + variables + ", \"operationName\": 1}"),
                400,
                "BAD_REQUEST",
                "operationName must be a string");
        refused(
                ingest(requestJson("mutation { ingestArticle(input: {body: 5}) { created } }", "{}")),
                200,
                "GRAPHQL_VALIDATION_FAILED",
                "body");
        refused(
                ingest(requestJson(
                        "mutation($b: String!) { ingestArticle(input: {body: $b, colour: \\\"red\\\"}) { created } }",
                        variables)),
                200,
                "GRAPHQL_VALIDATION_FAILED",
                "colour");
        refused(
                ingest(requestJson(INGEST, "{\"b\": " + JsonText.quote(body + "x".repeat(9 * 1024 * 1024)) + "}")),
                413,
                "REQUEST_TOO_LARGE",
                "8 MB");
        assertEquals(before, articleCount());
    }

    private Reply ingest(String requestBody) {
        return RawRequest.json(app)
                .header("Authorization", "Bearer " + app.ingestToken())
                .post(requestBody);
    }

    private Reply json(String body) {
        return RawRequest.json(app).post(body);
    }

    private Reply query(String document) {
        return query(document, "{}");
    }

    private Reply query(String document, String variables) {
        return json(requestJson(document.replace("\"", "\\\""), variables));
    }

    private static String requestJson(String escapedDocument, String variables) {
        return "{\"query\": \"" + escapedDocument + "\", \"variables\": " + variables + "}";
    }

    /** Actors nested through their affiliation: the query is {@code levels + 4} deep. */
    private static String nested(int levels) {
        return "{ actors(first: 1) { edges { node { " + "affiliation { ".repeat(levels) + "name" + " }".repeat(levels)
                + " } } } }";
    }

    private static void ok(Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        assertThat(reply.json().get("errors"), nullValue());
    }

    /** Asserts a refusal a client can act on (with this code, unless null), and returns the answer for further checks. */
    private static JsonPath refused(Reply reply, int status, String code, String message) {
        assertEquals(status, reply.status(), reply.body());
        assertThat(reply.contentType(), containsString("json"));
        assertThat(reply.body(), not(containsString("Exception")));
        assertThat(reply.body(), not(containsString("at org.")));
        assertThat(reply.body(), not(containsString("at io.")));
        JsonPath json = reply.json();
        assertThat(json.get("data"), nullValue());
        if (code != null) {
            assertThat(json.getString("errors[0].extensions.code"), equalTo(code));
        }
        assertThat(json.getString("errors[0].message"), containsString(message));
        return json;
    }

    private int articleCount() {
        return graphql.query("article-count")
                .body("errors", nullValue())
                .extract()
                .path("data.articles.totalCount");
    }
}
