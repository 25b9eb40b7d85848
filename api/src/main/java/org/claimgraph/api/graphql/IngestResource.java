package org.claimgraph.api.graphql;

import jakarta.inject.Inject;
import org.claimgraph.api.graphql.schema.ArticleInput;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.IngestResult;
import org.claimgraph.api.intake.ArticleSubmission;
import org.claimgraph.api.intake.IngestOutcome;
import org.claimgraph.api.intake.IngestService;
import org.claimgraph.api.security.IngestAuthorization;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class IngestResource {

    @Inject
    IngestAuthorization authorization;

    @Inject
    IngestService ingest;

    @Mutation
    @Description("Parses and stores an article. Idempotent: the same body twice returns the stored article with "
            + "created = false. Needs the ingest role.")
    public @NonNull IngestResult ingestArticle(@NonNull ArticleInput input) {
        authorization.requireIngestToken();
        IngestOutcome outcome = ingest.ingest(
                new ArticleSubmission(input.body(), input.title(), input.source(), input.url(), input.publishedAt()));
        return new IngestResult(GraphMapper.article(outcome.article()), outcome.created(), outcome.warnings());
    }
}
