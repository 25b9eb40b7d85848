package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimgraph.api.graphql.schema.Claim;
import org.claimgraph.api.graphql.schema.Dispute;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.paging.Connection;
import org.claimgraph.api.graphql.schema.paging.Connections;
import org.claimgraph.api.graphql.schema.paging.PageRequest;
import org.claimgraph.api.store.ClaimRepository;
import org.claimgraph.api.store.ClaimRow;
import org.claimgraph.api.store.PropositionRepository;
import org.claimgraph.domain.Proposition;
import org.claimgraph.domain.PropositionSide;

/** Reads disputes (disputed propositions) and the claims on each side of them. */
// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class DisputeQueries {

    @Inject
    PropositionRepository propositions;

    @Inject
    ClaimRepository claims;

    public Connection<Dispute> page(Long actorId, PageRequest page) {
        return Connections.of(
                propositions.disputedAfter(actorId, page.afterId(), page.fetchSize()),
                page,
                page.totalWanted() ? propositions.countDisputed(actorId) : 0,
                Proposition::getId,
                GraphMapper::dispute);
    }

    /** One dispute per proposition id, null where the proposition is not (or not yet) disputed. */
    public List<Dispute> byIds(List<Long> ids) {
        List<Long> wanted = Aligned.present(ids);
        return Aligned.to(
                ids,
                wanted.isEmpty() ? List.of() : propositions.findDisputedByIds(wanted),
                Proposition::getId,
                GraphMapper::dispute);
    }

    /** For each dispute, a page of its claims on one side. */
    public List<Page<ClaimRow>> side(List<Long> disputeIds, PropositionSide side, PageSpec spec) {
        List<Long> distinct = Aligned.present(disputeIds);
        return IdPages.pages(
                disputeIds,
                claims.firstIdsOnSide(distinct, side, spec.afterId(), spec.fetchSize()),
                spec.totalWanted() ? claims.countsOnSide(distinct, side) : Map.of(),
                spec,
                claims::findByIds,
                ClaimRow::id);
    }

    /** For each claim, the other claims on its proposition that take the opposite (or the same) side. */
    public List<List<Claim>> related(List<Claim> claims, boolean opposite) {
        List<Long> propositionIds = claims.stream().map(Claim::propositionId).toList();
        Map<Long, List<org.claimgraph.domain.Claim>> byProposition = new HashMap<>();
        for (Object[] row : propositions.claimsOn(Aligned.present(propositionIds))) {
            byProposition.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((org.claimgraph.domain.Claim)
                    row[2]);
        }
        List<List<Claim>> result = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            List<Claim> others = byProposition.getOrDefault(claim.propositionId(), List.of()).stream()
                    .filter(c -> !Objects.equals(String.valueOf(c.getId()), claim.id()))
                    .filter(c -> PropositionRepository.opposes(c.getPropositionSide(), claim.side()) == opposite)
                    .map(GraphMapper::claim)
                    .toList();
            result.add(others);
        }
        return result;
    }
}
