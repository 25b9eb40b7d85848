package org.claimgraph.ingest.relations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedDispute;
import org.claimgraph.ingest.extraction.ExtractedRelation;

/**
 * Groups claims by {@link Proposition} and keeps the propositions that some claims assert and others
 * deny.
 * <p>Needs: {@link Layers#CLAIMS}, {@link Layers#CLAIM_RELATIONS}, {@link Layers#ACTORS}.
 * Adds: {@link Layers#DISPUTES}.
 */
public final class DisputeFinder implements Stage {

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
            switch (Proposition.sideOf(relation, claims.get(c).stance())) {
                case DENIES -> sides.denials.add(c);
                case HEDGES -> sides.hedges.add(c);
                default -> sides.assertions.add(c);
            }
        }
        List<ExtractedDispute> disputes = new ArrayList<>();
        byProposition.forEach((p, sides) -> {
            if (!sides.denials.isEmpty() && !(sides.assertions.isEmpty() && sides.hedges.isEmpty())) {
                disputes.add(new ExtractedDispute(p.subjectKey(), p.predicate(), p.objectKey(), sides.assertions,
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
}
