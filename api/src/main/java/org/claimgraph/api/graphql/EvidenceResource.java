package org.claimgraph.api.graphql;

import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.schema.Article;
import org.claimgraph.api.graphql.schema.Evidence;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.service.ArticleQueries;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class EvidenceResource {

    @Inject
    ArticleQueries articles;

    public List<@NonNull Article> article(@Source List<Evidence> sources) {
        return Nodes.each(
                articles.byIds(sources.stream().map(Evidence::articleId).toList()), GraphMapper::article);
    }
}
