package org.claimgraph.api.graphql;

import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.schema.Actor;
import org.claimgraph.api.graphql.schema.Article;
import org.claimgraph.api.graphql.schema.Claim;
import org.claimgraph.api.graphql.schema.Evidence;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.Location;
import org.claimgraph.api.graphql.schema.Quantity;
import org.claimgraph.api.service.ActorQueries;
import org.claimgraph.api.service.ClaimQueries;
import org.claimgraph.api.service.LocationQueries;
import org.claimgraph.api.service.QuantityQueries;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Figures, with the fields that need another load (each batched). */
@GraphQLApi
public class QuantityResource {

    @Inject
    QuantityQueries quantities;

    @Inject
    ActorQueries actors;

    @Inject
    LocationQueries locations;

    @Inject
    ClaimQueries claims;

    @Description("The figures the article states, in the order they appear.")
    public List<@NonNull List<@NonNull Quantity>> quantities(@Source List<Article> sources) {
        return Nodes.eachOfEach(
                quantities.ofArticles(
                        sources.stream().map(a -> Long.valueOf(a.id())).toList()),
                GraphMapper::quantity);
    }

    @Description("Whose figure it is: \"11 Taliban fighters\" -> Taliban.")
    public List<Actor> subject(@Source List<Quantity> sources) {
        return Nodes.each(actors.byIds(sources.stream().map(Quantity::subjectId).toList()), Nodes::actor);
    }

    public List<Location> location(@Source List<Quantity> sources) {
        return Nodes.each(
                locations.byIds(sources.stream().map(Quantity::locationId).toList()), Nodes::location);
    }

    @Description("The claim the figure was stated in, if any.")
    public List<Claim> claim(@Source List<Quantity> sources) {
        return Nodes.each(claims.byIds(sources.stream().map(Quantity::claimId).toList()), Nodes::claim);
    }

    public List<@NonNull Evidence> evidence(@Source List<Quantity> sources) {
        return Nodes.evidence(claims.excerpts(
                Nodes.each(sources, q -> Nodes.span(q.evidence())),
                Nodes.each(sources, q -> Nodes.span(q.sentence()))));
    }
}
