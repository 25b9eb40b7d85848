package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.domain.Actor;
import org.claimgraph.domain.Claim;
import org.claimgraph.domain.Location;
import org.claimgraph.domain.Proposition;
import org.claimgraph.domain.PropositionSide;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedDispute;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.claimgraph.ingest.extraction.Extraction;

/**
 * Files an article's claims under propositions. First the disputes the extraction found, whatever
 * their object: two actors (shared with other articles), an actor and a place (shared too), or a
 * statement no typed relation fits (relation OTHER with its label, this article's own). Then every other
 * claim with a typed relation between two actors, so that a claim here and its denial in another
 * article meet on one proposition. A claim keeps the first proposition it is filed under.
 */
@ApplicationScoped
public class PropositionWriter {

    @Inject
    EntityManager em;

    @Inject
    PropositionRepository propositions;

    private static final String COUNT_SIDES = "update proposition set asserting_claims = asserting_claims + :a,"
            + " denying_claims = denying_claims + :d, hedging_claims = hedging_claims + :h,"
            + " disputed = (denying_claims + :d > 0 and asserting_claims + hedging_claims + :a + :h > 0)"
            + " where id = :id";

    public void link(
            Extraction extraction, List<Claim> claims, Map<String, Actor> actorsByKey, Map<String, Location> places) {
        Map<String, ExtractedActor> extractedActors = extraction.actors().stream()
                .collect(Collectors.toMap(ExtractedActor::key, Function.identity(), (a, b) -> a));
        Map<Object, Proposition> resolved = new HashMap<>();
        for (ExtractedDispute dispute : extraction.disputes()) {
            Proposition proposition = disputed(dispute, actorsByKey, places, resolved);
            dispute.denials().forEach(c -> file(claims.get(c), proposition, PropositionSide.DENIES));
            dispute.assertions()
                    .forEach(c -> file(
                            claims.get(c),
                            proposition,
                            dispute.hedges().contains(c) ? PropositionSide.HEDGES : PropositionSide.ASSERTS));
        }
        linkRelations(extraction, claims, actorsByKey, extractedActors, resolved);
        countSides(claims);
    }

    /**
     * Adds the article's claims to the side counts of their propositions and marks those with claims on both
     * sides disputed: one update per proposition, in id order, so that the count updates of two ingests never
     * wait for each other in a cycle. The increments are done by the database, so concurrent ingests lose none.
     */
    private void countSides(List<Claim> claims) {
        em.flush(); // the new propositions and the claims' sides are written, the propositions have ids
        Map<Long, EnumMap<PropositionSide, Long>> tally = new TreeMap<>();
        for (Claim claim : claims) {
            if (claim.getProposition() != null) {
                tally.computeIfAbsent(claim.getProposition().getId(), k -> new EnumMap<>(PropositionSide.class))
                        .merge(claim.getPropositionSide(), 1L, Long::sum);
            }
        }
        tally.forEach((propositionId, sides) -> em.createNativeQuery(COUNT_SIDES)
                .setParameter("a", sides.getOrDefault(PropositionSide.ASSERTS, 0L))
                .setParameter("d", sides.getOrDefault(PropositionSide.DENIES, 0L))
                .setParameter("h", sides.getOrDefault(PropositionSide.HEDGES, 0L))
                .setParameter("id", propositionId)
                .executeUpdate());
    }

    private static void file(Claim claim, Proposition proposition, PropositionSide side) {
        if (claim.getProposition() == null) {
            claim.takeSide(proposition, side);
        }
    }

    private Proposition disputed(
            ExtractedDispute dispute,
            Map<String, Actor> actorsByKey,
            Map<String, Location> places,
            Map<Object, Proposition> resolved) {
        Actor subject = lookup(actorsByKey, dispute.subjectKey());
        Actor object = lookup(actorsByKey, dispute.objectKey());
        Location place = object == null ? lookup(places, dispute.objectKey()) : null;
        Proposition proposition;
        if (dispute.predicate() != RelationKind.OTHER && subject != null && object != null && subject != object) {
            PropositionRepository.Key key =
                    new PropositionRepository.Key(subject.getId(), dispute.predicate(), object.getId());
            proposition = resolved.computeIfAbsent(key, k -> {
                Proposition found = propositions.find(List.of(key)).get(key);
                return found != null ? found : persist(new Proposition(subject, dispute.predicate(), object));
            });
        } else if (dispute.predicate() != RelationKind.OTHER && subject != null && place != null) {
            PropositionRepository.PlaceKey key =
                    new PropositionRepository.PlaceKey(subject.getId(), dispute.predicate(), place.getId());
            proposition = resolved.computeIfAbsent(
                    key,
                    k -> propositions
                            .findPlaced(key)
                            .orElseGet(() -> persist(new Proposition(subject, dispute.predicate(), place))));
        } else {
            proposition = persist(Proposition.other(subject, dispute.label()));
        }
        if (proposition.getLabel() == null) {
            proposition.setLabel(dispute.label());
        }
        return proposition;
    }

    private Proposition persist(Proposition proposition) {
        em.persist(proposition);
        return proposition;
    }

    /** Files each remaining claim with a typed relation between two actors; the stored ones are read in one statement. */
    private void linkRelations(
            Extraction extraction,
            List<Claim> claims,
            Map<String, Actor> actorsByKey,
            Map<String, ExtractedActor> extractedActors,
            Map<Object, Proposition> resolved) {
        List<Integer> linked = new ArrayList<>();
        List<PropositionRepository.Key> keys = new ArrayList<>();
        List<Actor[]> parties = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ExtractedRelation relation = extraction.claims().get(i).relation();
            if (claims.get(i).getProposition() != null
                    || relation == null
                    || relation.subjectKey() == null
                    || relation.objectKey() == null) {
                continue;
            }
            var key = org.claimgraph.ingest.extraction.Proposition.of(relation, extractedActors);
            Actor subject = actorsByKey.get(key.subjectKey());
            Actor object = actorsByKey.get(key.objectKey());
            if (subject == null || object == null || subject == object) {
                continue;
            }
            linked.add(i);
            keys.add(new PropositionRepository.Key(subject.getId(), key.predicate(), object.getId()));
            parties.add(new Actor[] {subject, object});
        }
        if (linked.isEmpty()) {
            return;
        }
        Map<PropositionRepository.Key, Proposition> stored = propositions.find(keys);
        for (int n = 0; n < linked.size(); n++) {
            int i = linked.get(n);
            PropositionRepository.Key key = keys.get(n);
            Actor[] roles = parties.get(n);
            Proposition proposition = resolved.computeIfAbsent(
                    key,
                    k -> stored.containsKey(key)
                            ? stored.get(key)
                            : persist(new Proposition(roles[0], key.predicate(), roles[1])));
            ExtractedClaim claim = extraction.claims().get(i);
            claims.get(i)
                    .takeSide(
                            proposition,
                            org.claimgraph.ingest.extraction.Proposition.sideOf(claim.relation(), claim.stance()));
        }
    }

    private static <T> T lookup(Map<String, T> byKey, String key) {
        return key == null ? null : byKey.get(key);
    }
}
