package org.claimgraph.api.graphql;

import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.schema.SearchHit;
import org.claimgraph.api.service.SearchQueries;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SearchResource {

    @Inject
    SearchQueries search;

    @Query
    @Description("Full-text search over claim texts, actor names and aliases, and location names.")
    public @NonNull List<@NonNull SearchHit> search(@NonNull String text, @DefaultValue("20") Integer first) {
        return search.search(text, first);
    }
}
