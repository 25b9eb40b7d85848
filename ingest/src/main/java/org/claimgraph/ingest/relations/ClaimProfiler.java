package org.claimgraph.ingest.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.ingest.document.Sentence;
import org.claimgraph.ingest.document.Spans;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.extraction.ExtractedQuantity;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.claimgraph.ingest.extraction.Proposition;

/**
 * Builds the {@link ClaimProfile} of each claim of one article. A denial's words are those of its whole
 * sentence, because the frame around a denial often names what is denied ("denied shelling the
 * hospital", "Asked about the convoys, he said ..."); an assertion's words are its own.
 */
final class ClaimProfiler {

    private static final int MAX_STEPS = 6;
    /** How many paragraphs apart two denials of one speaker still read as one answer. */
    private static final int POOL_PARAGRAPHS = 1;

    private final ContentWords contentWords;
    private final ReferenceCue referenceCue;

    ClaimProfiler(ContentWords contentWords, ReferenceCue referenceCue) {
        this.contentWords = contentWords;
        this.referenceCue = referenceCue;
    }

    List<ClaimProfile> profile(
            List<ExtractedClaim> claims,
            Map<Integer, ExtractedRelation> relations,
            List<Sentence> sentences,
            List<Token> tokens,
            List<ExtractedMention> mentions,
            List<ExtractedQuantity> quantities,
            Map<String, ExtractedActor> actors) {
        Map<Integer, Map<String, Set<Double>>> figures = new HashMap<>();
        for (ExtractedQuantity q : quantities) {
            if (q.claimIndex() != null && q.unit() != null) {
                figures.computeIfAbsent(q.claimIndex(), c -> new HashMap<>())
                        .computeIfAbsent(q.unit(), u -> new HashSet<>())
                        .add(q.value());
            }
        }
        List<ClaimProfile> profiles = new ArrayList<>(claims.size());
        for (int c = 0; c < claims.size(); c++) {
            ExtractedClaim claim = claims.get(c);
            List<ExtractedMention> named = Spans.within(mentions, ExtractedMention::span, claim.span());
            List<ExtractedMention> inSentence = Spans.within(mentions, ExtractedMention::span, claim.sentence());
            boolean denies = claim.stance() == org.claimgraph.domain.Stance.DENIES;
            List<Token> sentenceWords = Spans.within(tokens, Token::span, claim.sentence());
            List<Token> words = denies ? sentenceWords : Spans.within(tokens, Token::span, claim.span());
            List<CharSpan> names = (denies ? inSentence : named)
                    .stream().map(ExtractedMention::span).toList();
            ExtractedRelation relation = relations.get(c);
            Set<String> frame = new HashSet<>();
            if (!denies) {
                sentenceWords.forEach(t -> frame.add(ReferenceCue.stem(t.text())));
            }
            profiles.add(new ClaimProfile(
                    c,
                    claim.stance(),
                    claim.speakerKey(),
                    party(claim.speakerKey(), actors),
                    parties(claim.speakerKey(), actors),
                    contentWords.of(words, names),
                    participants(claim, named, actors),
                    figures.getOrDefault(c, Map.of()),
                    denies ? referenceCue.find(claim, sentenceWords, inSentence) : null,
                    relation == null ? null : Proposition.of(relation, actors),
                    frame));
        }
        return pooled(profiles, claims, sentences);
    }

    /** Each denial read with the other denials of its speaker in its paragraph or the next. */
    private static List<ClaimProfile> pooled(
            List<ClaimProfile> profiles, List<ExtractedClaim> claims, List<Sentence> sentences) {
        List<ClaimProfile> pooled = new ArrayList<>(profiles);
        int[] paragraphs = new int[claims.size()];
        for (int c = 0; c < claims.size(); c++) {
            paragraphs[c] = profiles.get(c).denies() ? paragraphOf(claims.get(c), sentences) : -1;
        }
        for (ClaimProfile denial : profiles) {
            if (!denial.denies() || denial.speakerKey() == null || paragraphs[denial.index()] < 0) {
                continue;
            }
            int paragraph = paragraphs[denial.index()];
            for (ClaimProfile other : profiles) {
                if (other.index() != denial.index()
                        && other.denies()
                        && denial.speakerKey().equals(other.speakerKey())
                        && paragraphs[other.index()] >= 0
                        && Math.abs(paragraph - paragraphs[other.index()]) <= POOL_PARAGRAPHS) {
                    pooled.set(denial.index(), pooled.get(denial.index()).pooledWith(other));
                }
            }
        }
        return pooled;
    }

    private static int paragraphOf(ExtractedClaim claim, List<Sentence> sentences) {
        for (Sentence sentence : sentences) {
            if (sentence.span().contains(claim.span().start())) {
                return sentence.paragraph();
            }
        }
        return -1;
    }

    private static Set<String> participants(
            ExtractedClaim claim, List<ExtractedMention> named, Map<String, ExtractedActor> actors) {
        Set<String> participants = new LinkedHashSet<>();
        for (ExtractedMention m : named) {
            participants.add(m.actorKey() != null ? party(m.actorKey(), actors) : m.placeKey());
        }
        claim.aboutKeys().forEach(k -> participants.add(party(k, actors)));
        participants.addAll(claim.placeKeys());
        participants.remove(null);
        return participants;
    }

    /** The top organisation or group above an actor, short of its country; the actor itself if none. */
    static String party(String key, Map<String, ExtractedActor> actors) {
        ExtractedActor actor = key == null ? null : actors.get(key);
        if (actor == null) {
            return key;
        }
        for (int step = 0; step < MAX_STEPS && actor.affiliationKey() != null; step++) {
            ExtractedActor next = actors.get(actor.affiliationKey());
            if (next == null || next.kind() == ActorKind.COUNTRY) {
                break;
            }
            actor = next;
        }
        return actor.key();
    }

    /** The actor and everything it is affiliated with, its country included. */
    private static Set<String> parties(String key, Map<String, ExtractedActor> actors) {
        Set<String> parties = new LinkedHashSet<>();
        String current = key;
        for (int step = 0; current != null && step < MAX_STEPS && parties.add(current); step++) {
            ExtractedActor actor = actors.get(current);
            current = actor == null ? null : actor.affiliationKey();
        }
        return parties;
    }
}
