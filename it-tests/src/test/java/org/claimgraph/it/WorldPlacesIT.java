package org.claimgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An analyst asks for the claims made in a province outside Afghanistan, town by town: the world
 * gazetteer puts the towns an article names under their province, and the province under its country.
 */
@ExtendWith(SharedApp.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorldPlacesIT {

    private static final String ARTICLE = """
            Militants Attack Market Town in Northeast Nigeria

            MAIDUGURI, Nigeria (AP) - Police spokesman Sani Yusuf said militants attacked the town of Bama in \
            Nigeria's Borno state on Monday, killing 12 traders.

            "The attackers came at night and burned the market," Yusuf said.
            """;

    private final PackagedApp app;
    private final GraphQL graphql;
    private Map<String, Object> borno;

    WorldPlacesIT(PackagedApp app) {
        this.app = app;
        this.graphql = new GraphQL(app);
    }

    @BeforeAll
    void ingestTheArticleAndFindTheProvince() {
        graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(ARTICLE))
                .body("errors", Matchers.nullValue());
        JsonPath provinces = graphql.query("province-named", Map.of("name", "Borno"))
                .body("errors", Matchers.nullValue())
                .extract()
                .jsonPath();
        assertEquals(1, provinces.getInt("data.locations.totalCount"), provinces.prettify());
        borno = provinces.getMap("data.locations.edges[0].node");
    }

    @Test
    void shouldKeepTheProvinceWithItsCodeUnderItsCountry() {
        assertEquals("NG-BO", borno.get("code"));
        assertEquals(Map.of("name", "Nigeria", "code", "NG"), borno.get("parent"));
    }

    @Test
    void shouldListTheTownsUnderTheProvinceWithTheClaimsMadeThere() {
        JsonPath towns = graphql.query("places-under", Map.of("parent", borno.get("id")))
                .body("errors", Matchers.nullValue())
                .extract()
                .jsonPath();

        List<String> names = towns.getList("data.locations.edges.node.name");
        assertTrue(names.containsAll(List.of("Bama", "Maiduguri")), towns.prettify());
        assertEquals(names.size(), towns.getInt("data.locations.totalCount"));
        int bama = names.indexOf("Bama");
        String town = "data.locations.edges[" + bama + "].node.";
        assertEquals("CITY", towns.getString(town + "kind"));
        assertEquals(borno.get("name"), towns.getString(town + "parent.name"));
        assertTrue(towns.getString(town + "code").startsWith("geonames:"), towns.getString(town + "code"));
        List<String> claims = towns.getList(town + "claims.edges.node.text");
        assertTrue(claims.stream().anyMatch(c -> c.contains("killing 12 traders")), claims.toString());
        assertEquals(
                List.of("Sani Yusuf"),
                towns.getList(town + "claims.edges.node.speaker.name").stream()
                        .distinct()
                        .toList());
    }

    @Test
    void shouldAnswerNothingUnderAPlaceWithNoneInside() {
        JsonPath json = graphql.query("places-under", Map.of("parent", "999999999"))
                .body("errors", Matchers.nullValue())
                .extract()
                .jsonPath();
        assertEquals(0, json.getInt("data.locations.totalCount"));
        assertNull(json.get("errors"));
    }
}
