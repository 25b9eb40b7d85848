package org.claimgraph.ingest.relations;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.PropositionSide;
import org.claimgraph.domain.RelationKind;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.claimgraph.ingest.extraction.Proposition;

/**
 * Fills the role a denial leaves unsaid from the proposition the article states elsewhere: "denied
 * that its troops had fired first" denies that they fired on the one side some other claim says they
 * fired on; "rejected reports that the town had fallen" denies that the one actor said to hold it holds
 * it. A role is filled only when exactly one actor fills it in the article's complete propositions.
 */
final class OpenRoles {

    void fill(
            List<ExtractedClaim> claims,
            Map<Integer, ExtractedRelation> relations,
            Map<String, ExtractedActor> actors) {
        Map<String, Set<String>> fillers = new HashMap<>();
        for (ExtractedRelation r : relations.values()) {
            if (r.subjectKey() != null && r.objectKey() != null) {
                String subject = Proposition.partyOf(r.subjectKey(), actors);
                String object = Proposition.partyOf(r.objectKey(), actors);
                add(fillers, r.predicate(), true, object, subject);
                add(fillers, r.predicate(), false, subject, object);
                if (Proposition.isSymmetric(r.predicate())) {
                    add(fillers, r.predicate(), true, subject, object);
                    add(fillers, r.predicate(), false, object, subject);
                }
            }
        }
        Map<Integer, ExtractedRelation> filled = new HashMap<>();
        relations.forEach((c, open) -> {
            boolean subjectOpen = open.subjectKey() == null;
            if (subjectOpen == (open.objectKey() == null)
                    || Proposition.sideOf(open, claims.get(c).stance()) != PropositionSide.DENIES) {
                return;
            }
            String known = Proposition.partyOf(subjectOpen ? open.objectKey() : open.subjectKey(), actors);
            Set<String> candidates = fillers.getOrDefault(role(open.predicate(), subjectOpen, known), Set.of());
            if (candidates.size() == 1) {
                String filler = candidates.iterator().next();
                filled.put(
                        c,
                        subjectOpen
                                ? new ExtractedRelation(filler, open.predicate(), open.objectKey(), open.negated())
                                : new ExtractedRelation(open.subjectKey(), open.predicate(), filler, open.negated()));
            }
        });
        relations.putAll(filled);
    }

    /** Records that {@code filler} fills the subject (or object) role beside {@code known}. */
    private static void add(
            Map<String, Set<String>> fillers, RelationKind predicate, boolean subject, String known, String filler) {
        fillers.computeIfAbsent(role(predicate, subject, known), k -> new LinkedHashSet<>())
                .add(filler);
    }

    private static String role(RelationKind predicate, boolean subject, String known) {
        return predicate + (subject ? "|subject of|" : "|object of|") + known;
    }
}
