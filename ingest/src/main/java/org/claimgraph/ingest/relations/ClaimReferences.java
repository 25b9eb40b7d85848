package org.claimgraph.ingest.relations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.PropositionSide;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.claimgraph.ingest.extraction.Proposition;
import org.claimgraph.ingest.lexicon.Lexicon;

/**
 * A denial whose object is what someone else said ("dismissed the rebels' account", "rejected
 * Freedonia's claim that ...", "denied the allegations") denies the proposition of that earlier
 * claim. The claim referred to is the latest one before that asserts a proposition and whose speaker
 * is, or belongs to, the owner named with the noun; with no owner named, the latest one by a speaker
 * of another side.
 */
final class ClaimReferences {

    /** Words between the verb of denial and the noun: determiners and the owner's name. */
    private static final int NOUN_REACH = 5;

    private static final Set<String> OWNER_LINKS = Set.of("by", "of", "from");
    /** How far back, in claims, an account referred to may stand. */
    private static final int MAX_CLAIMS_BACK = 60;

    private final Set<String> denialVerbs = Lexicon.set("denial-verbs.txt");
    private final Set<String> claimNouns = Lexicon.set("claim-nouns.txt");

    /** What the referring claim names: the noun's span and the owner's actor key (null when none). */
    record Reference(CharSpan noun, String ownerKey) {}

    /**
     * The reference a denying claim makes in its sentence, up to the end of the claim: a claim noun
     * within reach after a verb of denial, with the actor named between them or right after "by",
     * "of" or "from".
     */
    Reference find(ExtractedClaim claim, List<Token> sentenceWords, List<ExtractedMention> sentenceMentions) {
        if (claim.stance() != Stance.DENIES) {
            return null;
        }
        for (int v = 0; v < sentenceWords.size(); v++) {
            Token verb = sentenceWords.get(v);
            if (verb.span().start() >= claim.span().end()
                    || !denialVerbs.contains(verb.text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int n = v + 1; n < sentenceWords.size() && n <= v + NOUN_REACH; n++) {
                Token noun = sentenceWords.get(n);
                if (noun.span().start() >= claim.span().end()) {
                    break;
                }
                if (claimNouns.contains(noun.text().toLowerCase(Locale.ROOT))) {
                    String owner = ownerBetween(
                            sentenceMentions, verb.span().end(), noun.span().start());
                    if (owner == null
                            && n + 2 < sentenceWords.size()
                            && OWNER_LINKS.contains(
                                    sentenceWords.get(n + 1).text().toLowerCase(Locale.ROOT))) {
                        owner = ownerBetween(
                                sentenceMentions,
                                sentenceWords.get(n + 1).span().end(),
                                sentenceWords
                                        .get(Math.min(n + 4, sentenceWords.size() - 1))
                                        .span()
                                        .end());
                    }
                    return new Reference(noun.span(), owner);
                }
            }
        }
        return null;
    }

    /**
     * The earlier claim a reference points to: before {@code referring}, with a complete proposition
     * it asserts or hedges, spoken by the owner (or one of its members), else by another side.
     */
    Integer referent(
            int referring,
            Reference reference,
            List<ExtractedClaim> claims,
            Map<Integer, ExtractedRelation> relations,
            SpeakerSide sides) {
        ExtractedClaim denial = claims.get(referring);
        int earliest = Math.max(0, referring - MAX_CLAIMS_BACK);
        for (int c = referring - 1; c >= earliest; c--) {
            ExtractedClaim claim = claims.get(c);
            ExtractedRelation relation = relations.get(c);
            if (claim.span().start() >= denial.span().start()
                    || relation == null
                    || relation.subjectKey() == null
                    || relation.objectKey() == null
                    || Proposition.sideOf(relation, claim.stance()) == PropositionSide.DENIES) {
                continue;
            }
            boolean spokenByOwner = reference.ownerKey() != null
                    ? sides.speaksFor(claim.speakerKey(), reference.ownerKey())
                    : otherSide(claim.speakerKey(), denial.speakerKey(), sides);
            if (spokenByOwner) {
                return c;
            }
        }
        return null;
    }

    private static boolean otherSide(String speaker, String denier, SpeakerSide sides) {
        if (speaker == null || speaker.equals(denier)) {
            return false;
        }
        String side = sides.sideOf(speaker);
        return side == null || !side.equals(sides.sideOf(denier));
    }

    /** The actor, or the country, named between two offsets (the last one when several are). */
    private static String ownerBetween(List<ExtractedMention> mentions, int from, int to) {
        String owner = null;
        for (ExtractedMention m : mentions) {
            if (m.span().start() >= from && m.span().end() <= to) {
                owner = m.actorKey() != null ? m.actorKey() : owner == null ? m.placeKey() : owner;
            }
        }
        return owner;
    }
}
