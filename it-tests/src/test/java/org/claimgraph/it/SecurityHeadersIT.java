package org.claimgraph.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every answer, the explorer's page and files, the API's and GraphiQL's, tells the browser to run only
 * the app's own scripts, never to guess a content type, and to send no referrer.
 */
@ExtendWith(SharedApp.class)
class SecurityHeadersIT {

    private final PackagedApp app;

    SecurityHeadersIT(PackagedApp app) {
        this.app = app;
    }

    @Test
    void shouldServeTheExplorerAndItsFilesUnderAPolicyOfOwnScriptsOnly() {
        for (String path : new String[] {"/", "/js/app.js", "/css/explorer.css", "/no-such-page"}) {
            Response response = given().baseUri(app.baseUri()).when().get(path);
            assertCommonHeaders(response, path);
            Map<String, String> policy = policy(response, path);
            assertEquals("'self'", policy.get("default-src"), path);
            assertEquals("'self'", policy.get("script-src"), path);
            assertEquals("'self'", policy.get("style-src"), path);
            assertEquals("'self'", policy.get("connect-src"), path);
            assertEquals("'none'", policy.get("object-src"), path);
            assertEquals("'none'", policy.get("base-uri"), path);
            assertEquals("'none'", policy.get("frame-ancestors"), path);
            assertThat(path, response.header("Content-Security-Policy"), not(containsString("unsafe")));
        }
    }

    @Test
    void shouldAnswerTheApiWithTheSameHeadersAlsoWhenItRefusesARequest() {
        Response answered = given().baseUri(app.baseUri())
                .contentType("application/json")
                .body("{\"query\": \"{ articles(first: 1) { totalCount } }\"}")
                .when()
                .post("/graphql");
        assertEquals(200, answered.statusCode());
        assertCommonHeaders(answered, "POST /graphql");
        assertEquals("'none'", policy(answered, "POST /graphql").get("frame-ancestors"));

        Response refused = given().baseUri(app.baseUri())
                .contentType("text/plain")
                .body("x")
                .when()
                .post("/graphql");
        assertEquals(415, refused.statusCode());
        assertCommonHeaders(refused, "refused POST /graphql");
        assertEquals("'self'", policy(refused, "refused POST /graphql").get("script-src"));
    }

    @Test
    void shouldGiveGraphiQLItsOwnPolicyThatStillRefusesForeignScriptsAndFrames() {
        Response response = given().baseUri(app.baseUri()).when().get("/q/graphql-ui/");
        assertEquals(200, response.statusCode());
        assertCommonHeaders(response, "GraphiQL");
        Map<String, String> policy = policy(response, "GraphiQL");
        assertEquals("'self'", policy.get("script-src"));
        assertEquals("'none'", policy.get("object-src"));
        assertEquals("'none'", policy.get("base-uri"));
        assertEquals("'none'", policy.get("frame-ancestors"));
        assertEquals(1, response.headers().getValues("Content-Security-Policy").size(), "one policy, not two stacked");
    }

    private static void assertCommonHeaders(Response response, String what) {
        assertThat(what, response.header("X-Content-Type-Options"), equalTo("nosniff"));
        assertThat(what, response.header("Referrer-Policy"), equalTo("no-referrer"));
        assertEquals(1, response.headers().getValues("Content-Security-Policy").size(), what);
    }

    /** The Content-Security-Policy's directives, name to sources. */
    private static Map<String, String> policy(Response response, String what) {
        String header = response.header("Content-Security-Policy");
        assertThat(what, header, not(equalTo(null)));
        return Arrays.stream(header.split(";"))
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split(" ", 2)[0], d -> d.contains(" ") ? d.split(" ", 2)[1] : ""));
    }
}
