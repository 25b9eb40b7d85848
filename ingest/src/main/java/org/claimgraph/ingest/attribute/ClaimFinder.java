package org.claimgraph.ingest.attribute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.ingest.document.AttributedClaim;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Spans;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.lexicon.Lexicon;
import org.claimgraph.ingest.lexicon.TitleLexicon;

/**
 * Finds the claims of an article: direct quotes ({@link QuoteAttributor}) and reported speech
 * ({@link ReportedSpeechFinder}; a reported clause that overlaps a quote gives way to the quote).
 * Then, in body order, gives pronoun speakers the last speaker of their kind ("he said": the last
 * person who spoke), gives unattributed quotes the speaker of the claim before them in the same or
 * the previous paragraph, and adds audience, time, actors and places, and the verb that introduces
 * each claim; the stance stage ({@code stance.StanceFinder}) judges its stance next.
 * <p>Needs: {@link Layers#TOKENS}, {@link Layers#SENTENCES}, {@link Layers#PARAGRAPHS},
 * {@link Layers#ACTORS}, {@link Layers#MENTIONS}, {@link Layers#PLACES}. Adds:
 * {@link Layers#ATTRIBUTED_CLAIMS}.
 */
public final class ClaimFinder implements Stage {

    /** The most words a quote inside reported speech may have and still be only the writer's scare quotes. */
    private static final int MAX_INNER_WORDS = 3;
    /** The fewest characters a reported clause keeps when it is cut before a quote. */
    private static final int MIN_CLAUSE = 12;

    private final Set<String> speechVerbs = Lexicon.set("speech-verbs.txt");
    private final SpeakerFinder speakers = new SpeakerFinder();
    private final QuoteAttributor quotes = new QuoteAttributor(speechVerbs, speakers);
    private final ReportedSpeechFinder reported = new ReportedSpeechFinder(speechVerbs, speakers);
    private final ClaimDetails details = new ClaimDetails();
    private final TitleLexicon titles = TitleLexicon.get();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(
                Layers.TOKENS, Layers.SENTENCES, Layers.PARAGRAPHS, Layers.ACTORS, Layers.MENTIONS, Layers.PLACES);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.ATTRIBUTED_CLAIMS);
    }

    @Override
    public void annotate(Document document) {
        Discourse d = new Discourse(document);
        List<CharSpan> marks = QuoteMarks.find(d.text, d.paragraphs);
        List<ClaimDraft> drafts = new ArrayList<>(quotes.find(d, marks));
        List<CharSpan> attributions = drafts.stream()
                .map(ClaimDraft::attribution)
                .filter(a -> a != null)
                .toList();
        for (ClaimDraft draft : reported.find(d, marks, attributions)) {
            ClaimDraft clause = beforeQuote(d, marks, draft);
            if (!overlapsQuote(d.text, marks, clause.span())) {
                drafts.add(clause);
            }
        }
        drafts.sort(Comparator.comparing(ClaimDraft::span));
        document.put(Layers.ATTRIBUTED_CLAIMS, List.copyOf(resolve(d, drafts)));
    }

    /**
     * The reported clause cut at the comma before a quote that opens well inside it: "denied that P,
     * calling the reports \u201clies ...\u201d" keeps P, and the quote is a claim of its own.
     */
    private static ClaimDraft beforeQuote(Discourse d, List<CharSpan> marks, ClaimDraft draft) {
        CharSpan span = draft.span();
        for (CharSpan quote : marks) {
            boolean opensInside = quote.start() > span.start() + MIN_CLAUSE && quote.start() < span.end();
            if (opensInside && (!span.contains(quote) || words(d.text, quote) > MAX_INNER_WORDS)) {
                // only at a comma: "had \u201cresponded ...\u201d" is a quote inside the clause, not after it
                int comma = d.text.lastIndexOf(',', quote.start());
                return comma > span.start() + MIN_CLAUSE
                        ? draft.withSpan(new CharSpan(span.start(), comma).trim(d.text))
                        : draft;
            }
        }
        return draft;
    }

    private static int words(String text, CharSpan span) {
        return span.coveredText(text).strip().split("\\s+").length;
    }

    /**
     * Whether a span overlaps a quote of {@code sorted} (spans in body order that do not overlap each
     * other) other than a few words quoted inside it: "killed 18 \u201cterrorists\u201d" stays reported speech.
     */
    private static boolean overlapsQuote(String text, List<CharSpan> sorted, CharSpan span) {
        for (int i = Spans.endingBy(sorted, quote -> quote, span.start());
                i < sorted.size() && sorted.get(i).start() < span.end();
                i++) {
            CharSpan quote = sorted.get(i);
            boolean inner = span.contains(quote) && words(text, quote) <= MAX_INNER_WORDS;
            if (quote.overlaps(span) && !inner) {
                return true;
            }
        }
        return false;
    }

    private List<AttributedClaim> resolve(Discourse d, List<ClaimDraft> drafts) {
        List<AttributedClaim> claims = new ArrayList<>();
        Map<ActorKind, String> lastSpeaker = new EnumMap<>(ActorKind.class);
        String previousKey = null;
        int previousParagraph = -2;
        CharSpan outer = null;
        for (ClaimDraft draft : drafts) {
            boolean nested = outer != null && outer.contains(draft.span());
            int paragraph = d.paragraphOf(draft.span().start());
            String key = draft.speakerKey();
            if (key == null && draft.pronoun() != null && !draft.pronoun().equals(ClaimDraft.UNKNOWN)) {
                key = pronounSpeaker(d, draft, lastSpeaker);
            } else if (key == null && draft.pronoun() == null && paragraph - previousParagraph <= 1) {
                key = previousKey;
            }
            claims.add(claim(d, draft, key));
            if (nested) {
                continue;
            }
            ExtractedActor speaker = d.actors.actor(key);
            if (speaker != null) {
                lastSpeaker.put(speaker.kind(), key);
                if (speaker.kind() != ActorKind.PERSON && isUnnamedPerson(d, draft.attribution())) {
                    // "a Fano commander ... told Reuters": a later "he said" is that commander, speaking for the group
                    lastSpeaker.put(ActorKind.PERSON, key);
                }
            }
            previousKey = key;
            previousParagraph = paragraph;
            outer = draft.span();
        }
        return claims;
    }

    /** Whether the attribution names a role ("a Fano commander") but no person. */
    private boolean isUnnamedPerson(Discourse d, CharSpan attribution) {
        if (attribution == null) {
            return false;
        }
        boolean role = false;
        for (String word : d.text(attribution).split("[^\\p{L}.]+")) {
            role |= titles.isRole(word);
        }
        return role
                && d.actors.actorsIn(attribution).stream()
                        .map(m -> d.actors.actor(m.actorKey()))
                        .noneMatch(a -> a != null && a.kind() == ActorKind.PERSON);
    }

    private static String pronounSpeaker(Discourse d, ClaimDraft draft, Map<ActorKind, String> lastSpeaker) {
        int at = draft.attribution() == null
                ? draft.span().start()
                : draft.attribution().start();
        Set<ActorKind> kinds = switch (draft.pronoun()) {
            case "it" -> new LinkedHashSet<>(List.of(ActorKind.ORGANIZATION, ActorKind.COUNTRY));
            case SpeakerFinder.GROUP_ANAPHOR -> Set.of(ActorKind.ORGANIZATION);
            case "they", "we" -> new LinkedHashSet<>(List.of(ActorKind.GROUP, ActorKind.ORGANIZATION));
            default -> Set.of(ActorKind.PERSON);
        };
        // "it said" goes on with the organisation that spoke last, not with whatever organisation the
        // last claim talked about; "they say" usually points back to the group just named
        boolean speakerFirst = draft.pronoun().equals("it") || kinds.contains(ActorKind.PERSON);
        if (speakerFirst) {
            for (ActorKind kind : kinds) {
                if (lastSpeaker.containsKey(kind)) {
                    return lastSpeaker.get(kind);
                }
            }
        }
        ExtractedActor mentioned = null;
        for (ActorKind kind : kinds) {
            mentioned = mentioned != null ? mentioned : d.actors.lastBefore(at, a -> a.kind() == kind);
        }
        if (mentioned == null) {
            for (ActorKind kind : kinds) {
                if (lastSpeaker.containsKey(kind)) {
                    return lastSpeaker.get(kind);
                }
            }
        }
        return mentioned == null ? null : mentioned.key();
    }

    private AttributedClaim claim(Discourse d, ClaimDraft draft, String speakerKey) {
        ExtractedClaim claim = new ExtractedClaim(
                draft.span(),
                draft.sentence(),
                draft.kind(),
                null,
                speakerKey,
                details.about(d, draft.span(), speakerKey),
                details.places(d, draft.span()),
                details.audience(d, draft.attribution()),
                details.when(d, draft.attribution()),
                null);
        return new AttributedClaim(claim, draft.verb());
    }
}
