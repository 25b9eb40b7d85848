package org.claimgraph.ingest.relations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Spans;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.extraction.ExtractedRelation;

/**
 * Gives each claim the proposition it bears on: read from its own words ({@link RelationReader}),
 * with the speaker's "we" and "our forces" standing for the speaker's side ({@link SpeakerReferences});
 * then a denial that leaves a role unsaid takes it from the article ({@link OpenRoles}), and a denial of
 * another's account takes that account's proposition ({@link ClaimReferences}). Claims whose proposition
 * still lacks a role get none.
 * <p>Needs: {@link Layers#TOKENS}, {@link Layers#MENTIONS}, {@link Layers#ACTORS}, {@link Layers#CLAIMS}.
 * Adds: {@link Layers#CLAIM_RELATIONS}.
 */
public final class RelationFinder implements Stage {

    private final RelationReader reader = new RelationReader();
    private final SpeakerReferences speakerReferences = new SpeakerReferences();
    private final OpenRoles openRoles = new OpenRoles();
    private final ClaimReferences claimReferences = new ClaimReferences();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.MENTIONS, Layers.ACTORS, Layers.CLAIMS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.CLAIM_RELATIONS);
    }

    @Override
    public void annotate(Document document) {
        List<Token> tokens = document.get(Layers.TOKENS);
        List<ExtractedMention> mentions = document.get(Layers.MENTIONS);
        List<ExtractedClaim> claims = document.get(Layers.CLAIMS);
        Map<String, ExtractedActor> actors = document.get(Layers.ACTORS).stream()
                .collect(Collectors.toMap(ExtractedActor::key, Function.identity(), (a, b) -> a));
        SpeakerSide sides = new SpeakerSide(actors);
        Map<Integer, ExtractedRelation> relations = new HashMap<>();
        for (int c = 0; c < claims.size(); c++) {
            ExtractedClaim claim = claims.get(c);
            List<Token> words = Spans.within(tokens, Token::span, claim.span());
            List<ExtractedMention> named = Spans.within(mentions, ExtractedMention::span, claim.span());
            List<ExtractedMention> inside = new ArrayList<>(named);
            inside.addAll(speakerReferences.find(claim, words, named, sides));
            inside.sort(Comparator.comparing(ExtractedMention::span));
            ExtractedRelation relation = reader.read(claim, words, inside, actors);
            if (relation != null) {
                relations.put(c, relation);
            }
        }
        openRoles.fill(claims, relations, actors);
        for (int c = 0; c < claims.size(); c++) {
            ExtractedClaim claim = claims.get(c);
            if (isComplete(relations.get(c))) {
                continue;
            }
            ClaimReferences.Reference reference = claimReferences.find(
                    claim,
                    Spans.within(tokens, Token::span, claim.sentence()),
                    Spans.within(mentions, ExtractedMention::span, claim.sentence()));
            Integer referent =
                    reference == null ? null : claimReferences.referent(c, reference, claims, relations, sides);
            if (referent != null) {
                relations.put(c, relations.get(referent));
            }
        }
        relations.values().removeIf(r -> !isComplete(r));
        document.put(Layers.CLAIM_RELATIONS, Map.copyOf(relations));
    }

    private static boolean isComplete(ExtractedRelation relation) {
        return relation != null && relation.subjectKey() != null && relation.objectKey() != null;
    }
}
