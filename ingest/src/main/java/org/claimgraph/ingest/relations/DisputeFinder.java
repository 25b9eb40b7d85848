package org.claimgraph.ingest.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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
import org.claimgraph.ingest.extraction.Proposition;

/**
 * Finds what some claims assert and others deny, two ways. Claims whose typed propositions are equal
 * are grouped, and a proposition some assert and others deny is a dispute. Then each denial is linked
 * to the claims it answers by {@link DisputeLinker}, whatever their wording, and so is a claim giving a
 * rival figure for the same event; linked claims form one dispute, over their common typed proposition
 * when they have one, else {@link RelationKind#OTHER} labelled with the answered claim's words.
 * <p>Needs: {@link Layers#CLAIMS}, {@link Layers#CLAIM_RELATIONS}, {@link Layers#ACTORS},
 * {@link Layers#SENTENCES}, {@link Layers#TOKENS}, {@link Layers#MENTIONS}, {@link Layers#QUANTITIES}. Adds: {@link Layers#DISPUTES}.
 */
public final class DisputeFinder implements Stage {

    private static final int MAX_LABEL = 200;

    private final ClaimProfiler profiler = new ClaimProfiler(new ContentWords(), new ReferenceCue());
    private final DisputeLinker linker = new DisputeLinker();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(
                Layers.CLAIMS,
                Layers.CLAIM_RELATIONS,
                Layers.ACTORS,
                Layers.SENTENCES,
                Layers.TOKENS,
                Layers.MENTIONS,
                Layers.QUANTITIES);
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
        List<ExtractedDispute> disputes = new ArrayList<>(byProposition(document, claims, relations, actors));
        List<ClaimProfile> profiles = profiler.profile(
                claims,
                relations,
                document.get(Layers.SENTENCES),
                document.get(Layers.TOKENS),
                document.get(Layers.MENTIONS),
                document.get(Layers.QUANTITIES),
                actors);
        List<DisputeLinker.Link> denials = linker.denials(profiles).stream()
                .filter(link -> !covered(link, disputes))
                .toList();
        disputes.addAll(components(document, denials, profiles, claims));
        for (DisputeLinker.Link link : linker.rivalFigures(profiles)) {
            if (!covered(link, disputes)) {
                disputes.add(dispute(
                        document,
                        claims,
                        profiles,
                        new TreeSet<>(List.of(link.claim(), link.answer())),
                        Set.of(link.answer())));
            }
        }
        document.put(Layers.DISPUTES, List.copyOf(disputes));
    }

    /** Disputes over one typed proposition: claims that assert or hedge it against claims that deny it. */
    private static List<ExtractedDispute> byProposition(
            Document document,
            List<ExtractedClaim> claims,
            Map<Integer, ExtractedRelation> relations,
            Map<String, ExtractedActor> actors) {
        Map<Proposition, Sides> byProposition = new LinkedHashMap<>();
        for (int c = 0; c < claims.size(); c++) {
            ExtractedRelation relation = relations.get(c);
            if (relation == null || relation.subjectKey() == null || relation.objectKey() == null) {
                continue;
            }
            Sides sides = byProposition.computeIfAbsent(Proposition.of(relation, actors), p -> new Sides());
            switch (Proposition.sideOf(relation, claims.get(c).stance())) {
                case DENIES -> sides.denials.add(c);
                case HEDGES -> {
                    sides.assertions.add(c);
                    sides.hedges.add(c);
                }
                default -> sides.assertions.add(c);
            }
        }
        List<ExtractedDispute> disputes = new ArrayList<>();
        byProposition.forEach((p, sides) -> {
            if (!sides.denials.isEmpty() && !sides.assertions.isEmpty()) {
                disputes.add(new ExtractedDispute(
                        p.subjectKey(),
                        p.predicate(),
                        p.objectKey(),
                        sides.assertions,
                        sides.denials,
                        sides.hedges,
                        label(document, claims.get(sides.assertions.get(0)))));
            }
        });
        return disputes;
    }

    private static boolean covered(DisputeLinker.Link link, List<ExtractedDispute> disputes) {
        return disputes.stream()
                .anyMatch(d -> d.assertions().contains(link.claim())
                        && (d.denials().contains(link.answer())
                                || d.assertions().contains(link.answer())));
    }

    /** One dispute per group of claims joined by links, directly or through other claims. */
    private static List<ExtractedDispute> components(
            Document document,
            List<DisputeLinker.Link> links,
            List<ClaimProfile> profiles,
            List<ExtractedClaim> claims) {
        Map<Integer, Integer> root = new HashMap<>();
        for (DisputeLinker.Link link : links) {
            root.put(find(root, link.answer()), find(root, link.claim()));
        }
        Map<Integer, TreeSet<Integer>> groups = new TreeMap<>();
        root.keySet()
                .forEach(c -> groups.computeIfAbsent(find(root, c), r -> new TreeSet<>())
                        .add(c));
        List<ExtractedDispute> disputes = new ArrayList<>();
        for (TreeSet<Integer> group : groups.values()) {
            Set<Integer> answers =
                    group.stream().filter(c -> profiles.get(c).denies()).collect(Collectors.toSet());
            disputes.add(dispute(document, claims, profiles, group, answers));
        }
        return disputes;
    }

    private static int find(Map<Integer, Integer> root, int c) {
        int r = c;
        while (root.containsKey(r) && root.get(r) != r) {
            r = root.get(r);
        }
        root.put(c, r);
        root.putIfAbsent(r, r);
        return r;
    }

    /** A dispute over {@code group}; {@code answers} are its denying side, the rest its asserting side. */
    private static ExtractedDispute dispute(
            Document document,
            List<ExtractedClaim> claims,
            List<ClaimProfile> profiles,
            TreeSet<Integer> group,
            Set<Integer> answers) {
        List<Integer> assertions =
                group.stream().filter(c -> !answers.contains(c)).toList();
        List<Integer> denials = group.stream().filter(answers::contains).toList();
        List<Integer> hedges = assertions.stream()
                .filter(c -> claims.get(c).stance() == Stance.HEDGES)
                .toList();
        Proposition common = assertions.stream()
                .map(c -> profiles.get(c).proposition())
                .filter(p -> p != null)
                .collect(Collectors.groupingBy(p -> p, LinkedHashMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .max(Comparator.comparing(Map.Entry::getValue))
                .map(Map.Entry::getKey)
                .orElse(null);
        String label = label(document, claims.get(assertions.get(0)));
        return common != null
                ? new ExtractedDispute(
                        common.subjectKey(), common.predicate(), common.objectKey(), assertions, denials, hedges, label)
                : new ExtractedDispute(null, RelationKind.OTHER, null, assertions, denials, hedges, label);
    }

    /** The claim's words, cut at a word boundary when long. */
    static String label(Document document, ExtractedClaim claim) {
        String text = document.text(claim.span()).strip().replaceAll("\\s+", " ");
        if (text.length() <= MAX_LABEL) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_LABEL);
        return text.substring(0, cut > 0 ? cut : MAX_LABEL) + " …";
    }

    private static final class Sides {
        final List<Integer> assertions = new ArrayList<>();
        final List<Integer> denials = new ArrayList<>();
        final List<Integer> hedges = new ArrayList<>();
    }
}
