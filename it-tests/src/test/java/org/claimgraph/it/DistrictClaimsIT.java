package org.claimgraph.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An analyst asks which claims were made about a district, and by whom. */
@ExtendWith(SharedApp.class)
class DistrictClaimsIT {

    private final GraphQL graphql;

    DistrictClaimsIT(PackagedApp app) {
        this.graphql = new GraphQL(app);
    }

    @Test
    void shouldFindTheDistrictOfTheCorpusArticleWithItsProvinceAndTheClaimsMadeThere() {
        JsonPath json = graphql.query("districts-with-claims", Map.of("name", "Imam Saheb"))
                .body("errors", nullValue())
                .extract()
                .jsonPath();

        assertThat(json.getInt("data.districts.totalCount"), equalTo(1));
        Map<String, Object> district = json.getMap("data.districts.edges[0].node");
        assertThat(json.getList("data.districts.edges[0].node.aliases"), hasItem("Imam Saheb"));
        assertThat(json.getString("data.districts.edges[0].node.province.name"), equalTo("Kunduz"));
        assertThat(json.getString("data.districts.edges[0].node.province.kind"), equalTo("PROVINCE"));
        assertThat(json.getString("data.districts.edges[0].node.province.parent.name"), equalTo("Afghanistan"));
        assertThat(district.get("code"), equalTo("AF1702"));

        List<Map<String, Object>> claims = json.getList("data.districts.edges[0].node.claims.edges.node");
        Map<String, Object> fighters = claims.stream()
                .filter(c -> ((String) c.get("text")).contains("650 fighters"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no claim about the fighters in " + claims));
        @SuppressWarnings("unchecked")
        Map<String, Object> speaker = (Map<String, Object>) fighters.get("speaker");
        assertThat(speaker, notNullValue());
        assertThat(speaker.get("name"), equalTo("Imamuddin Quraishi"));
        assertThat((String) speaker.get("title"), containsString("district governor"));
        assertThat(fighters.get("kind"), equalTo("DIRECT_QUOTE"));
        @SuppressWarnings("unchecked")
        Map<String, Object> evidence = (Map<String, Object>) fighters.get("evidence");
        assertThat(evidence.get("text"), equalTo(fighters.get("text")));
    }

    @Test
    void shouldMatchDistrictNamesIgnoringCase() {
        graphql.query("districts-with-claims", Map.of("name", "imam sahib"))
                .body("errors", nullValue())
                .body("data.districts.totalCount", equalTo(1));
    }

    @Test
    void shouldAnswerAnEmptyPageForAnUnknownDistrict() {
        graphql.query("districts-with-claims", Map.of("name", "No Such Place"))
                .body("errors", nullValue())
                .body("data.districts.totalCount", equalTo(0))
                .body("data.districts.edges.size()", equalTo(0));
    }
}
