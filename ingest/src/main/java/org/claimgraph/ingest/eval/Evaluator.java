package org.claimgraph.ingest.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedDispute;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.extraction.ExtractedQuantity;
import org.claimgraph.ingest.extraction.Extraction;

/** Scores one extraction against its gold annotation by the rules of evaluation.md. */
public final class Evaluator {

    public ArticleScores evaluate(String article, String body, Extraction extraction, Gold gold) {
        Map<String, List<String>> actorNames = new HashMap<>();
        extraction.actors().forEach(a -> actorNames.put(a.key(), Names.withAliases(a.name(), a.aliases())));
        Map<String, ExtractedPlace> places =
                extraction.places().stream().collect(Collectors.toMap(ExtractedPlace::key, p -> p, (a, b) -> a));

        Score actors = score(
                extraction.actors().size(),
                gold.actors().size(),
                i -> matchActor(extraction.actors().get(i), gold) != null,
                j -> gold.actors().get(j).isRequired(),
                j -> extraction.actors().stream()
                        .anyMatch(
                                a -> Names.share(names(a), gold.actors().get(j).names())));
        Accuracy actorKind = Accuracy.NONE;
        for (ExtractedActor actor : extraction.actors()) {
            Gold.Actor match = matchActor(actor, gold);
            if (match != null) {
                actorKind = actorKind.plus(actor.kind().name().equals(match.kind()));
            }
        }

        List<ExtractedPlace> mentioned = mentionedPlaces(extraction, places);
        Score locations = score(
                mentioned.size(),
                gold.locations().size(),
                i -> matchLocation(mentioned.get(i), gold) != null,
                j -> gold.locations().get(j).isRequired(),
                j -> mentioned.stream()
                        .anyMatch(p ->
                                Names.share(names(p), gold.locations().get(j).names())));
        Accuracy locationKind = Accuracy.NONE;
        Accuracy locationParent = Accuracy.NONE;
        for (ExtractedPlace place : mentioned) {
            Gold.Location match = matchLocation(place, gold);
            if (match != null) {
                locationKind = locationKind.plus(place.kind().name().equals(match.kind()));
                ExtractedPlace parent = place.parentKey() == null ? null : places.get(place.parentKey());
                boolean sameParent = match.parent() == null
                        ? parent == null
                        : parent != null && names(parent).contains(Names.normalise(match.parent()));
                locationParent = locationParent.plus(sameParent);
            }
        }

        ClaimMatching claims = new ClaimMatching(body, extraction.claims(), gold.claims());
        Accuracy speaker = Accuracy.NONE;
        Accuracy stance = Accuracy.NONE;
        Accuracy kind = Accuracy.NONE;
        for (Map.Entry<Integer, Integer> pair : claims.pairs().entrySet()) {
            Gold.Claim g = gold.claims().get(pair.getKey());
            ExtractedClaim e = extraction.claims().get(pair.getValue());
            List<String> extractedSpeaker =
                    e.speakerKey() == null ? List.of() : actorNames.getOrDefault(e.speakerKey(), List.of());
            speaker = speaker.plus(Names.share(extractedSpeaker, goldActorNames(gold, g.speaker())));
            stance = stance.plus(e.stance().name().equals(g.stance()));
            kind = kind.plus(e.kind().name().equals(g.kind()));
        }

        Score quantities = score(
                extraction.quantities().size(),
                gold.quantities().size(),
                i -> gold.quantities().stream()
                        .anyMatch(q -> sameQuantity(extraction.quantities().get(i), q)),
                j -> gold.quantities().get(j).isRequired(),
                j -> extraction.quantities().stream()
                        .anyMatch(q -> sameQuantity(q, gold.quantities().get(j))));

        Accuracy disputes = Accuracy.NONE;
        for (Gold.Dispute dispute : gold.disputes()) {
            disputes = disputes.plus(found(dispute, extraction.disputes(), claims, gold));
        }
        return new ArticleScores(
                article,
                actors,
                actorKind,
                locations,
                locationKind,
                locationParent,
                claims.score(),
                speaker,
                stance,
                kind,
                quantities,
                disputes);
    }

    private interface IntPredicate {
        boolean test(int index);
    }

    private static Score score(
            int extracted, int gold, IntPredicate extractedMatches, IntPredicate required, IntPredicate goldMatched) {
        int matchedExtracted = 0;
        for (int i = 0; i < extracted; i++) {
            matchedExtracted += extractedMatches.test(i) ? 1 : 0;
        }
        int requiredCount = 0;
        int matchedRequired = 0;
        for (int j = 0; j < gold; j++) {
            if (required.test(j)) {
                requiredCount++;
                matchedRequired += goldMatched.test(j) ? 1 : 0;
            }
        }
        return new Score(matchedExtracted, extracted, matchedRequired, requiredCount);
    }

    private static List<String> names(ExtractedActor actor) {
        return Names.withAliases(actor.name(), actor.aliases());
    }

    private static List<String> names(ExtractedPlace place) {
        return Names.withAliases(place.name(), place.aliases());
    }

    private static Gold.Actor matchActor(ExtractedActor actor, Gold gold) {
        return gold.actors().stream()
                .filter(g -> Names.share(names(actor), g.names()))
                .findFirst()
                .orElse(null);
    }

    private static Gold.Location matchLocation(ExtractedPlace place, Gold gold) {
        return gold.locations().stream()
                .filter(g -> Names.share(names(place), g.names()))
                .findFirst()
                .orElse(null);
    }

    /** The places the article names (not the parents added only to complete a hierarchy). */
    private static List<ExtractedPlace> mentionedPlaces(Extraction extraction, Map<String, ExtractedPlace> places) {
        Set<String> keys = extraction.mentions().stream()
                .map(m -> m.placeKey())
                .filter(k -> k != null)
                .collect(Collectors.toSet());
        List<ExtractedPlace> mentioned = new ArrayList<>();
        for (String key : keys) {
            if (places.containsKey(key)) {
                mentioned.add(places.get(key));
            }
        }
        return mentioned;
    }

    private static List<String> goldActorNames(Gold gold, String speaker) {
        if (speaker == null) {
            return List.of();
        }
        String wanted = Names.normalise(speaker);
        return gold.actors().stream()
                .filter(a -> a.names().contains(wanted))
                .findFirst()
                .map(Gold.Actor::names)
                .orElse(List.of(wanted));
    }

    private static boolean sameQuantity(ExtractedQuantity extracted, Gold.Quantity gold) {
        return Math.abs(extracted.value() - gold.value()) < 1e-9
                && singular(extracted.unit()).equals(singular(gold.unit()));
    }

    private static String singular(String unit) {
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT).strip();
        if (u.endsWith("ies")) {
            return u.substring(0, u.length() - 3) + "y";
        }
        return u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
    }

    private static boolean found(
            Gold.Dispute dispute, List<ExtractedDispute> extracted, ClaimMatching claims, Gold gold) {
        Set<Integer> asserting = claims.extractedFor(dispute.assertedBy(), gold);
        Set<Integer> denying = claims.extractedFor(dispute.deniedBy(), gold);
        return extracted.stream()
                .anyMatch(d -> d.assertions().stream().anyMatch(asserting::contains)
                        && d.denials().stream().anyMatch(denying::contains));
    }

    /** Pairs gold and extracted claims whose evidence overlaps by half of each span. */
    private static final class ClaimMatching {
        private final Map<Integer, Integer> bestForGold = new HashMap<>();
        private final Map<Integer, Set<Integer>> allForGold = new HashMap<>();
        private final Score score;

        ClaimMatching(String body, List<ExtractedClaim> extracted, List<Gold.Claim> gold) {
            boolean[] extractedMatched = new boolean[extracted.size()];
            int required = 0;
            int requiredMatched = 0;
            for (int j = 0; j < gold.size(); j++) {
                Gold.Claim g = gold.get(j);
                int start = g.span() == null ? -1 : body.indexOf(g.span());
                if (g.isRequired()) {
                    required++;
                }
                if (start < 0) {
                    continue;
                }
                CharSpan goldSpan = new CharSpan(start, start + g.span().length());
                int best = -1;
                int bestOverlap = 0;
                for (int i = 0; i < extracted.size(); i++) {
                    CharSpan span = extracted.get(i).span();
                    int overlap = span.overlapLength(goldSpan);
                    if (2 * overlap >= goldSpan.length() && 2 * overlap >= span.length() && overlap > 0) {
                        extractedMatched[i] = true;
                        allForGold.computeIfAbsent(j, k -> new HashSet<>()).add(i);
                        if (overlap > bestOverlap) {
                            best = i;
                            bestOverlap = overlap;
                        }
                    }
                }
                if (best >= 0) {
                    bestForGold.put(j, best);
                    if (g.isRequired()) {
                        requiredMatched++;
                    }
                }
            }
            int matchedExtracted = 0;
            for (boolean m : extractedMatched) {
                matchedExtracted += m ? 1 : 0;
            }
            this.score = new Score(matchedExtracted, extracted.size(), requiredMatched, required);
        }

        Map<Integer, Integer> pairs() {
            return bestForGold;
        }

        Score score() {
            return score;
        }

        Set<Integer> extractedFor(List<String> goldIds, Gold gold) {
            Set<Integer> result = new HashSet<>();
            for (int j = 0; j < gold.claims().size(); j++) {
                if (goldIds != null && goldIds.contains(gold.claims().get(j).id())) {
                    result.addAll(allForGold.getOrDefault(j, Set.of()));
                }
            }
            return result;
        }
    }
}
