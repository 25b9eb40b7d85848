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
        CharSpan sentence = document.get(Layers.SENTENCES).stream().map(Sentence::span)
                .filter(s -> s.start() <= at && s.end() >= span.end()).findFirst().orElse(span);
        claims.add(new ExtractedClaim(span, sentence, kind, stance, speakerKey, List.of(), List.of(placeKeys), null,
                null, null));
        return this;
    }

    Map<Integer, ExtractedRelation> relations() {
        return annotated().get(Layers.CLAIM_RELATIONS);
    }

    List<ExtractedDispute> disputes() {
        Document doc = annotated();
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

    private void mark(String surface, java.util.function.Consumer<CharSpan> add) {
        MentionFixture.wholeWords(body, surface).forEach(add);
    }
}
