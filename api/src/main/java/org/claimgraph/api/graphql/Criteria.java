package org.claimgraph.api.graphql;

import org.claimgraph.api.graphql.schema.ClaimFilter;
import org.claimgraph.api.read.ClaimCriteria;

/** Turns the API's claim filter into repository criteria, checking its IDs. */
final class Criteria {

    private Criteria() {}

    static ClaimCriteria of(ClaimFilter filter) {
        if (filter == null) {
            return ClaimCriteria.ANY;
        }
        return new ClaimCriteria(
                Ids.parse(filter.speaker(), "filter.speaker"),
                Ids.parse(filter.about(), "filter.about"),
                Ids.parse(filter.location(), "filter.location"),
                filter.stance(),
                filter.kind(),
                Ids.parse(filter.article(), "filter.article"),
                blankToNull(filter.text()));
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
