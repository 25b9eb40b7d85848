package org.claimgraph.api.graphql;

import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.List;
import org.claimgraph.api.graphql.schema.Actor;
import org.claimgraph.api.graphql.schema.Claim;
import org.claimgraph.api.graphql.schema.Dispute;
import org.claimgraph.api.graphql.schema.DisputeFilter;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.Location;
import org.claimgraph.api.graphql.schema.paging.Connection;
import org.claimgraph.api.read.ClaimRow;
import org.claimgraph.api.service.ActorQueries;
import org.claimgraph.api.service.DisputeQueries;
import org.claimgraph.api.service.LocationQueries;
import org.claimgraph.api.service.SideTaken;
import org.claimgraph.domain.Proposition;
import org.claimgraph.domain.PropositionSide;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Disputes at the root and from a claim, with the claims on each side (each batched). */
@GraphQLApi
public class DisputeResource {

    @Inject
    Context context;

    @Inject
    DisputeQueries disputes;

    @Inject
    ActorQueries actors;

    @Inject
    LocationQueries locations;

    @Query
    @Description("Propositions that some claims assert and others deny, across all articles.")
    public @NonNull Connection<Dispute> disputes(
            DisputeFilter filter, @DefaultValue("20") Integer first, String after) {
        return Pages.connection(
                disputes.page(
                        filter == null ? null : Ids.parse(filter.actor(), "filter.actor"),
                        Pages.spec(first, after, context)),
                Proposition::getId,
                GraphMapper::dispute);
    }

    public List<Actor> subject(@Source List<Dispute> sources) {
        return Nodes.each(actors.byIds(sources.stream().map(Dispute::subjectId).toList()), Nodes::actor);
    }

    @Description("The actor the dispute is about, when its object is an actor.")
    public List<Actor> object(@Source List<Dispute> sources) {
        return Nodes.each(actors.byIds(sources.stream().map(Dispute::objectId).toList()), Nodes::actor);
    }

    @Description("The place the dispute is about, when its object is a place (\"CONTROLS Dasht-e-Archi\").")
    public List<Location> objectLocation(@Source List<Dispute> sources) {
        return Nodes.each(
                locations.byIds(sources.stream().map(Dispute::objectLocationId).toList()), Nodes::location);
    }

    @Description("The claims that assert the proposition.")
    public List<@NonNull Connection<Claim>> assertions(
            @Source List<Dispute> sources, @DefaultValue("20") Integer first, String after) {
        return side(sources, PropositionSide.ASSERTS, first, after);
    }

    @Description("The claims that deny the proposition.")
    public List<@NonNull Connection<Claim>> denials(
            @Source List<Dispute> sources, @DefaultValue("20") Integer first, String after) {
        return side(sources, PropositionSide.DENIES, first, after);
    }

    @Description("The claims that hedge on the proposition.")
    public List<@NonNull Connection<Claim>> hedges(
            @Source List<Dispute> sources, @DefaultValue("20") Integer first, String after) {
        return side(sources, PropositionSide.HEDGES, first, after);
    }

    @Description("The dispute this claim takes a side in, if its proposition is disputed.")
    public List<Dispute> dispute(@Source List<Claim> sources) {
        return Nodes.each(
                disputes.byIds(sources.stream().map(Claim::propositionId).toList()), GraphMapper::dispute);
    }

    @Description("Claims on the same proposition that take the other side, in the order they were stored.")
    public List<@NonNull Connection<Claim>> contradictedBy(
            @Source List<Claim> sources, @DefaultValue("20") Integer first, String after) {
        return related(sources, true, first, after);
    }

    @Description("The other claims on the same proposition that take the same side, in the order they were stored.")
    public List<@NonNull Connection<Claim>> supportedBy(
            @Source List<Claim> sources, @DefaultValue("20") Integer first, String after) {
        return related(sources, false, first, after);
    }

    private List<Connection<Claim>> side(List<Dispute> sources, PropositionSide side, Integer first, String after) {
        return Pages.connections(
                disputes.side(ids(sources), side, Pages.spec(first, after, context)), ClaimRow::id, Nodes::claim);
    }

    private List<Connection<Claim>> related(List<Claim> sources, boolean opposite, Integer first, String after) {
        List<SideTaken> sides = sources.stream()
                .map(c -> new SideTaken(Long.parseLong(c.id()), c.propositionId(), c.side()))
                .toList();
        return Pages.connections(
                disputes.related(sides, opposite, Pages.spec(first, after, context)), ClaimRow::id, Nodes::claim);
    }

    private static List<Long> ids(List<Dispute> sources) {
        return sources.stream().map(d -> Long.valueOf(d.id())).toList();
    }
}
