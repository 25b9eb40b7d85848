package org.claimgraph.ingest.relations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.MentionFixture;
import org.claimgraph.ingest.document.Pipeline;
import org.claimgraph.ingest.document.Sentence;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedDispute;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.extraction.ExtractedQuantity;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.claimgraph.ingest.segment.DebrisFinder;
import org.claimgraph.ingest.segment.Segmenter;
import org.claimgraph.ingest.segment.Tokenizer;

/**
 * A segmented article with hand-made actors, mentions and claims, so that the relation and dispute
 * stages can be tested alone: every whole-word occurrence of a surface is a mention.
 */
final class ClaimFixture {

    private static final Pipeline SEGMENT = Pipeline.of(new DebrisFinder(), new Segmenter(), new Tokenizer());

    private final String body;
    private final Document document;
    private final List<ExtractedActor> actors = new ArrayList<>();
    private final List<ExtractedMention> mentions = new ArrayList<>();
    private final List<ExtractedClaim> claims = new ArrayList<>();
    private final List<String[]> figures = new ArrayList<>();

    private ClaimFixture(String body) {
        this.body = "Title\n\n" + body;
        this.document = SEGMENT.annotate(this.body);
    }

    static ClaimFixture of(String body) {
        return new ClaimFixture(body);
    }

    ClaimFixture actor(String surface, String key, ActorKind kind, String affiliationKey) {
        actors.add(new ExtractedActor(key, key, kind, List.of(), null, affiliationKey));
        if (surface != null) {
            mark(surface, s -> mentions.add(ExtractedMention.ofActor(s, key)));
        }
        return this;
    }

    /** A country actor whose name and demonym are place mentions, as the resolver leaves a demonym. */
    ClaimFixture country(String demonym, String key) {
        actors.add(new ExtractedActor(key, key, ActorKind.COUNTRY, List.of(), null, null));
        mark(demonym, s -> mentions.add(ExtractedMention.ofPlace(s, key)));
        return this;
    }

    ClaimFixture place(String surface, String key) {
        mark(surface, s -> mentions.add(ExtractedMention.ofPlace(s, key)));
        return this;
    }

    /** A claim over the first occurrence of {@code text}, in the sentence holding it. */
    ClaimFixture claim(String text, ClaimKind kind, Stance stance, String speakerKey, String... placeKeys) {
        int at = body.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException("not in the body: " + text);
        }
        CharSpan span = new CharSpan(at, at + text.length());
        CharSpan sentence = document.get(Layers.SENTENCES).stream()
                .map(Sentence::span)
                .filter(s -> s.start() <= at && s.end() >= span.end())
                .findFirst()
                .orElse(span);
        claims.add(new ExtractedClaim(
                span, sentence, kind, stance, speakerKey, List.of(), List.of(placeKeys), null, null, null));
        return this;
    }

    /** A figure stated inside the claim that starts with {@code claimText}. */
    ClaimFixture figure(String claimText, double value, String unit) {
        figures.add(new String[] {claimText, Double.toString(value), unit});
        return this;
    }

    /** The claim over {@code text}, about the actor {@code aboutKey} (as the attribution stage finds "accused X of"). */
    ClaimFixture claimAbout(String text, Stance stance, String speakerKey, String aboutKey) {
        claim(text, ClaimKind.REPORTED, stance, speakerKey);
        ExtractedClaim last = claims.remove(claims.size() - 1);
        claims.add(new ExtractedClaim(
                last.span(),
                last.sentence(),
                last.kind(),
                last.stance(),
                last.speakerKey(),
                List.of(aboutKey),
                last.placeKeys(),
                null,
                null,
                null));
        return this;
    }

    Map<Integer, ExtractedRelation> relations() {
        return annotated().get(Layers.CLAIM_RELATIONS);
    }

    List<ExtractedDispute> disputes() {
        Document doc = annotated();
        List<ExtractedQuantity> quantities = new ArrayList<>();
        for (String[] figure : figures) {
            int at = body.indexOf(figure[0]);
            int claim = indexOfClaimAt(at);
            CharSpan span = new CharSpan(at, at + figure[0].length());
            quantities.add(new ExtractedQuantity(
                    span, span, Double.parseDouble(figure[1]), false, figure[2], null, null, claim));
        }
        doc.put(Layers.QUANTITIES, List.copyOf(quantities));
        new DisputeFinder().annotate(doc);
        return doc.get(Layers.DISPUTES);
    }

    private Document annotated() {
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        claims.sort((a, b) -> a.span().compareTo(b.span()));
        document.put(Layers.ACTORS, List.copyOf(actors));
        document.put(Layers.MENTIONS, List.copyOf(mentions));
        document.put(Layers.CLAIMS, List.copyOf(claims));
        new RelationFinder().annotate(document);
        return document;
    }

    /** The index, after sorting, of the claim that starts at {@code offset}. */
    int indexOfClaimAt(int offset) {
        for (int c = 0; c < claims.size(); c++) {
            if (claims.get(c).span().start() == offset) {
                return c;
            }
        }
        throw new IllegalArgumentException("no claim starts at " + offset);
    }

    /** The index, after sorting, of the claim over {@code text}. */
    int indexOf(String text) {
        return indexOfClaimAt(body.indexOf(text));
    }

    private void mark(String surface, java.util.function.Consumer<CharSpan> add) {
        MentionFixture.wholeWords(body, surface).forEach(add);
    }
}
