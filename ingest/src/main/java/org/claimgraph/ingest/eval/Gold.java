package org.claimgraph.ingest.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A hand annotation of one article ({@code gold/*.gold.json}), as described in evaluation.md. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Gold(
        List<Actor> actors,
        List<Location> locations,
        List<Claim> claims,
        List<Quantity> quantities,
        List<Dispute> disputes) {

    public Gold {
        actors = actors == null ? List.of() : actors;
        locations = locations == null ? List.of() : locations;
        claims = claims == null ? List.of() : claims;
        quantities = quantities == null ? List.of() : quantities;
        disputes = disputes == null ? List.of() : disputes;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Actor(
            String name, String kind, List<String> aliases, String title, String affiliation, Boolean required) {
        public List<String> names() {
            return Names.withAliases(name, aliases);
        }

        public boolean isRequired() {
            return required == null || required;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Location(String name, String kind, String parent, List<String> aliases, Boolean required) {
        public List<String> names() {
            return Names.withAliases(name, aliases);
        }

        public boolean isRequired() {
            return required == null || required;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Claim(String id, String speaker, String kind, String stance, String span, Boolean required) {
        public boolean isRequired() {
            return required == null || required;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quantity(double value, String unit, String span, Boolean required) {
        public boolean isRequired() {
            return required == null || required;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Dispute(
            String proposition,
            @JsonProperty("asserted_by") List<String> assertedBy,
            @JsonProperty("denied_by") List<String> deniedBy) {}
}
