package org.claimgraph.api.graphql;

import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.SearchHit;
import org.claimgraph.api.graphql.schema.paging.PageRequest;
import org.claimgraph.api.service.SearchMatch;
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
        // first is checked as a page's size is, so that it has the same bounds and error
        return search.search(text, PageRequest.of(first, null).first()).stream()
                .map(SearchResource::hit)
                .toList();
    }

    private static SearchHit hit(SearchMatch match) {
        return new SearchHit(
                match.score(),
                match.claim() == null ? null : GraphMapper.claim(match.claim()),
                match.actor() == null ? null : Nodes.actor(match.actor()),
                match.location() == null ? null : Nodes.location(match.location()));
    }
}
