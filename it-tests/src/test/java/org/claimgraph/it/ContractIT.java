package org.claimgraph.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The root fields and filters of the contract answer with real data from the corpus. */
@ExtendWith(SharedApp.class)
class ContractIT {

    private final GraphQL graphql;

    ContractIT(PackagedApp app) {
        this.graphql = new GraphQL(app);
    }

    @Test
    void shouldAnswerEveryRootListWithCorpusData() {
        JsonPath json = graphql.query("root-fields", Map.of("actorName", "taliban", "placeName", "kunduz"))
                .body("errors", nullValue())
                .extract()
                .jsonPath();

        assertThat(json.getList("data.taliban.edges.node.name"), hasItem("Taliban"));
        assertThat(json.getList("data.taliban.edges.node.kind"), everyItem(equalTo("ORGANIZATION")));
        assertThat(json.getString("data.provinces.edges[0].node.name"), equalTo("Kunduz"));
        assertThat(json.getString("data.provinces.edges[0].node.code"), equalTo("AF17"));
        assertThat(json.getList("data.provinces.edges[0].node.children.edges.node.name"), hasItem("Imam Sahib"));
        assertThat(json.getInt("data.disputes.totalCount"), greaterThan(0));
        assertThat(json.getList("data.disputes.edges.node.proposition"), hasItem("Islamic State FIGHTS Taliban"));
        assertThat(json.getList("data.search.actor.name"), hasItem("Taliban"));
    }

    @Test
    void shouldAnswerEveryRootFieldById() {
        JsonPath ids = graphql.query("root-fields", Map.of("actorName", "taliban", "placeName", "kunduz"))
                .extract()
                .jsonPath();
        String actorId = ids.getString("data.taliban.edges[0].node.id");
        String provinceId = ids.getString("data.provinces.edges[0].node.id");
        String districtId = graphql.query("districts-with-claims", Map.of("name", "Imam Sahib"))
                .extract()
                .path("data.districts.edges[0].node.id");
        String articleId =
                graphql.query("articles-page", Map.of("first", 1)).extract().path("data.articles.edges[0].node.id");

        JsonPath json = graphql.query(
                        "by-id",
                        Map.of("article", articleId, "actor", actorId, "location", provinceId, "district", districtId))
                .body("errors", nullValue())
                .extract()
                .jsonPath();
        assertThat(json.getString("data.article.title"), notNullValue());
        assertThat(json.getList("data.article.actors.name"), hasItem("Taliban"));
        assertThat(json.getList("data.article.quantities.unit"), hasItem("fighters"));
        assertThat(json.getString("data.actor.name"), equalTo("Taliban"));
        assertThat(json.getInt("data.actor.claimsAbout.totalCount"), greaterThan(0));
        assertThat(json.getInt("data.actor.mentions.totalCount"), greaterThan(0));
        assertThat(json.getString("data.location.kind"), equalTo("PROVINCE"));
        assertThat(json.getString("data.district.province.name"), equalTo("Kunduz"));
        assertThat(json.getString("data.district.country.name"), equalTo("Afghanistan"));
    }

    @Test
    void shouldFilterClaimsByStanceKindSpeakerAndText() {
        Map<String, Object> denials = new HashMap<>();
        denials.put("filter", Map.of("stance", "DENIES"));
        List<String> stances = graphql.query("claims-filtered", denials)
                .body("errors", nullValue())
                .extract()
                .jsonPath()
                .getList("data.claims.edges.node.stance");
        assertThat(stances.size(), greaterThan(0));
        assertThat(stances, everyItem(equalTo("DENIES")));

        List<String> kinds = graphql.query("claims-filtered", Map.of("filter", Map.of("kind", "DIRECT_QUOTE")))
                .extract()
                .jsonPath()
                .getList("data.claims.edges.node.kind");
        assertThat(kinds, everyItem(equalTo("DIRECT_QUOTE")));

        JsonPath byText = graphql.query("claims-filtered", Map.of("filter", Map.of("text", "ISIS-K")))
                .body("errors", nullValue())
                .extract()
                .jsonPath();
        assertThat(byText.getInt("data.claims.totalCount"), greaterThan(0));
        String speaker = byText.getString("data.claims.edges[0].node.speaker.id");
        List<String> speakers = graphql.query("claims-filtered", Map.of("filter", Map.of("speaker", speaker)))
                .extract()
                .jsonPath()
                .getList("data.claims.edges.node.speaker.id");
        assertThat(speakers, everyItem(equalTo(speaker)));
    }

    @Test
    void shouldFilterDisputesByActor() {
        String actorId = graphql.query("root-fields", Map.of("actorName", "taliban", "placeName", "kunduz"))
                .extract()
                .path("data.taliban.edges[0].node.id");
        graphql.query("disputes-of-actor", Map.of("actor", actorId))
                .body("errors", nullValue())
                .body("data.disputes.totalCount", greaterThan(0));
    }

    @Test
    void shouldRefuseAnEmptySearch() {
        graphql.query("root-fields", Map.of("actorName", "  ", "placeName", "kunduz"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
