package org.claimgraph.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.response.ValidatableResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A frontend served from another origin may call the API only when that origin is configured
 * (CLAIMGRAPH_CORS_ORIGINS); none is allowed by default.
 */
@ExtendWith(SharedApp.class)
class CorsIT {

    private static final String ALLOWED = "https://explorer.example.org";
    private static final String REFUSED = "https://elsewhere.example.net";

    private static PackagedApp configured;
    private final PackagedApp byDefault;

    CorsIT(PackagedApp byDefault) {
        this.byDefault = byDefault;
    }

    @BeforeAll
    static void startAppWithAnAllowedOrigin() {
        configured = PackagedApp.withEnvironment(Map.of("CLAIMGRAPH_CORS_ORIGINS", ALLOWED));
    }

    @AfterAll
    static void stopApp() {
        configured.close();
    }

    @Test
    void shouldAllowAPreflightFromAConfiguredOrigin() {
        preflight(configured, ALLOWED)
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .header("Access-Control-Allow-Methods", equalTo("POST"));
    }

    @Test
    void shouldRefuseAPreflightFromAnOriginNotConfigured() {
        preflight(configured, REFUSED).statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldRefuseEveryOtherOriginWhenNoneIsConfigured() {
        preflight(byDefault, ALLOWED).statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldAnswerAQueryFromTheConfiguredOriginWithTheCorsHeader() {
        given().baseUri(configured.baseUri())
                .header("Origin", ALLOWED)
                .contentType("application/json")
                .body(Map.of("query", GraphQL.load("article-count"), "variables", Map.of()))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ALLOWED))
                .body("errors", nullValue());
    }

    private static ValidatableResponse preflight(PackagedApp app, String origin) {
        return given().baseUri(app.baseUri())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .when()
                .options("/graphql")
                .then();
    }
}
