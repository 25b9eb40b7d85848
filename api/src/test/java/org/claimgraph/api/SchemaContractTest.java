package org.claimgraph.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The public contract is the reviewed file {@code api/schema.graphql}: a change to the served schema
 * fails here until the file is updated with it ({@code -DupdateSchema=true} writes it).
 */
@QuarkusTest
class SchemaContractTest {

    private static final Path CHECKED_IN = Path.of("schema.graphql");

    @Test
    void shouldServeExactlyTheCheckedInSchema() throws IOException {
        String served = given().when()
                .get("/graphql/schema.graphql")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        if (Boolean.getBoolean("updateSchema")) {
            Files.writeString(CHECKED_IN, served, StandardCharsets.UTF_8);
        }
        String reviewed = Files.readString(CHECKED_IN, StandardCharsets.UTF_8);
        assertEquals(
                reviewed,
                served,
                "the served schema differs from api/schema.graphql; review the change and "
                        + "update the file (mvn verify -DupdateSchema=true)");
    }
}
