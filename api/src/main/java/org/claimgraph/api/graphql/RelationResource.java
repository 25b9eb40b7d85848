package org.claimgraph.api.graphql;

import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.schema.Actor;
import org.claimgraph.api.graphql.schema.Claim;
import org.claimgraph.api.graphql.schema.Relation;
import org.claimgraph.api.service.ActorQueries;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Source;

/** The proposition of a claim, with its subject and object actors (batched). */
@GraphQLApi
public class RelationResource {

    @Inject
    ActorQueries actors;

    @Description("The proposition of the claim, where one is recognised.")
    public List<Relation> relation(@Source List<Claim> sources) {
        return sources.stream().map(Claim::proposition).toList();
    }

    public List<Actor> subject(@Source List<Relation> sources) {
        return Nodes.each(actors.byIds(sources.stream().map(Relation::subjectId).toList()), Nodes::actor);
    }

    public List<Actor> object(@Source List<Relation> sources) {
        return Nodes.each(actors.byIds(sources.stream().map(Relation::objectId).toList()), Nodes::actor);
    }
}
