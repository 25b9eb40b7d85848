package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.claimgraph.api.read.ClaimRow;
import org.claimgraph.api.store.ClaimRepository;
import org.claimgraph.api.store.ClaimRepository.OnProposition;
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

    /** A page of the disputed propositions, optionally only those with {@code actorId} as subject or object. */
    public Page<Proposition> page(Long actorId, PageSpec spec) {
        return Page.of(
                propositions.disputedAfter(actorId, spec.afterId(), spec.fetchSize()),
                spec,
                spec.totalWanted() ? propositions.countDisputed(actorId) : 0);
    }

    /** One disputed proposition per id, null where the proposition is not (or not yet) disputed. */
    public List<Proposition> byIds(List<Long> ids) {
        List<Long> wanted = Aligned.present(ids);
        return Aligned.to(
                ids, wanted.isEmpty() ? List.of() : propositions.findDisputedByIds(wanted), Proposition::getId, p -> p);
    }

    /** For each dispute, a page of its claims on one side. */
    public List<Page<ClaimRow>> side(List<Long> disputeIds, PropositionSide side, PageSpec spec) {
        List<Long> distinct = Aligned.present(disputeIds);
        return IdPages.pages(
                disputeIds,
                claims.firstIdsOnSide(distinct, side, spec.afterId(), spec.fetchSize()),
                spec.totalWanted() ? propositions.claimsTaking(distinct, side) : Map.of(),
                spec,
                claims::findByIds,
                ClaimRow::id);
    }

    /**
     * For each claim, a page of the other claims on its proposition that take the opposite (or the same) side;
     * an empty page for a claim on no proposition.
     */
    public List<Page<ClaimRow>> related(List<SideTaken> sides, boolean opposite, PageSpec spec) {
        List<OnProposition> parents = sides.stream()
                .filter(s -> s.propositionId() != null)
                .map(s -> new OnProposition(s.claimId(), s.propositionId(), s.side() == PropositionSide.DENIES))
                .distinct()
                .toList();
        return IdPages.pages(
                sides.stream().map(SideTaken::claimId).toList(),
                claims.firstIdsBeside(parents, opposite, spec.afterId(), spec.fetchSize()),
                spec.totalWanted()
                        ? claims.countsBeside(
                                parents.stream().map(OnProposition::claimId).toList(), opposite)
                        : Map.of(),
                spec,
                claims::findByIds,
                ClaimRow::id);
    }
}
