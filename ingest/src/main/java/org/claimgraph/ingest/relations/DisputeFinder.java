package org.claimgraph.ingest.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedDispute;
import org.claimgraph.ingest.extraction.ExtractedRelation;

/**
 * Groups claims by proposition and keeps the propositions that some claims assert and others deny.
 * A claim denies its proposition when exactly one of these holds: the relation is negated, or the
 * claim's stance is DENIES ("X rejects notions that A fights B"). A branch stands for its parent
 * organisation, and FIGHTS and MEETS read the same in both directions.
 * <p>Needs: {@link Layers#CLAIMS}, {@link Layers#CLAIM_RELATIONS}, {@link Layers#ACTORS}.
 * Adds: {@link Layers#DISPUTES}.
 */
public final class DisputeFinder implements Stage {

    private static final Set<RelationKind> SYMMETRIC = Set.of(RelationKind.FIGHTS, RelationKind.MEETS);

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.CLAIMS, Layers.CLAIM_RELATIONS, Layers.ACTORS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.DISPUTES);
    }

    @Override
    public void annotate(Document document) {
        List<ExtractedClaim> claims = document.get(Layers.CLAIMS);
        Map<Integer, ExtractedRelation> relations = document.get(Layers.CLAIM_RELATIONS);
        Map<String, ExtractedActor> actors = document.get(Layers.ACTORS).stream()
                .collect(Collectors.toMap(ExtractedActor::key, Function.identity(), (a, b) -> a));
        Map<Proposition, Sides> byProposition = new LinkedHashMap<>();
        for (int c = 0; c < claims.size(); c++) {
            ExtractedRelation relation = relations.get(c);
            if (relation == null || relation.subjectKey() == null || relation.objectKey() == null) {
                continue;
            }
            Proposition proposition = Proposition.of(relation, actors);
            Sides sides = byProposition.computeIfAbsent(proposition, p -> new Sides());
            Stance stance = claims.get(c).stance();
            boolean denies = relation.negated() ^ (stance == Stance.DENIES);
            if (denies) {
                sides.denials.add(c);
            } else if (stance == Stance.HEDGES) {
                sides.hedges.add(c);
            } else {
                sides.assertions.add(c);
            }
        }
        List<ExtractedDispute> disputes = new ArrayList<>();
        byProposition.forEach((p, sides) -> {
            if (!sides.denials.isEmpty() && !(sides.assertions.isEmpty() && sides.hedges.isEmpty())) {
                disputes.add(new ExtractedDispute(p.subject(), p.predicate(), p.object(), sides.assertions,
                        sides.denials, sides.hedges));
            }
        });
        document.put(Layers.DISPUTES, List.copyOf(disputes));
    }

    private static final class Sides {
        final List<Integer> assertions = new ArrayList<>();
        final List<Integer> denials = new ArrayList<>();
        final List<Integer> hedges = new ArrayList<>();
    }

    private record Proposition(String subject, RelationKind predicate, String object) {

        static Proposition of(ExtractedRelation relation, Map<String, ExtractedActor> actors) {
            String subject = parentOf(relation.subjectKey(), actors);
            String object = parentOf(relation.objectKey(), actors);
            if (SYMMETRIC.contains(relation.predicate()) && subject.compareTo(object) > 0) {
                return new Proposition(object, relation.predicate(), subject);
            }
            return new Proposition(subject, relation.predicate(), object);
        }

        /** An organisation's branch argues for its parent: "not fighting ISIS-K" bears on IS. */
        private static String parentOf(String key, Map<String, ExtractedActor> actors) {
            ExtractedActor actor = actors.get(key);
            if (actor != null && actor.affiliationKey() != null && actors.containsKey(actor.affiliationKey())
                    && actor.kind() == actors.get(actor.affiliationKey()).kind()
                    && actor.kind() == org.claimgraph.domain.ActorKind.ORGANIZATION) {
                return actor.affiliationKey();
            }
            return key;
        }
    }
}
