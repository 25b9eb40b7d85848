package org.claimgraph.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Clients get a clear message and a code, never a stack trace. */
@QuarkusTest
class GraphQLErrorsTest {

    @Test
    void shouldExplainAnIdThatIsNotOne() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ actor(id: \"abc\") { name } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("errors[0].message", equalTo("id is not a valid ID: abc"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.exception", nullValue());
    }

    @Test
    void shouldRefuseIngestWhenTheTokenIsWrong() {
        given().contentType(ContentType.JSON)
                .header("Authorization", "Bearer not-the-token")
                .body(Map.of("query", "mutation { ingestArticle(input: {body: \"A\\n\\nB said.\"}) { created } }"))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED"));
    }

    @Test
    void shouldRefuseAQueryNestedDeeperThanTheLimit() {
        int levels = 16;
        String deep = "{ actors { edges { node { " + "affiliation { ".repeat(levels) + "name" + " }".repeat(levels)
                + " } } } }";
        given().contentType(ContentType.JSON)
                .body(Map.of("query", deep))
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].message", org.hamcrest.Matchers.containsString("maximum query depth exceeded"));
    }

    @Test
    void shouldAnswerARequestOfTheWrongShapeWithBadRequestNotAServerError() {
        given().contentType(ContentType.JSON)
                .body("{\"query\":\"{ articles { totalCount } }\",\"operationName\":5}")
                .when()
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("operationName must be a string"))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
        given().contentType(ContentType.JSON)
                .body("{\"query\":\"{ articles { totalCount } }\",\"variables\":[1]}")
                .when()
                .post("/graphql")
                .then()
                .statusCode(400)
                .body("errors[0].message", equalTo("variables must be a JSON object"));
    }
}
