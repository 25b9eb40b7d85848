package org.claimgraph.ingest.relations;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.lexicon.Lexicon;

/**
 * Whether a denial points at something said before instead of restating it: a claim noun after a verb
 * of denial or after "about" ("denied the allegations", "dismissed the report as propaganda", "Asked
 * about the convoys"), a claim noun among the denial's own words ("the group's claims were baseless"),
 * or a pronoun standing for a statement ("that was not true", "it is a lie"). The actor named with the
 * noun ("the rebels' account", "a report by the monitors") is its owner. Thread-safe.
 */
final class ReferenceCue {

    /** Words between the trigger and the noun: determiners and the owner's name. */
    private static final int NOUN_REACH = 5;
    /** Words before a noun inside the claim that may hold its owner ("the armed group's claims"). */
    private static final int OWNER_REACH = 4;

    private static final int NOUN_STEM = 5;
    private static final Set<String> ABOUT = Set.of("about", "call", "called", "calling", "calls");
    private static final Set<String> OWNER_LINKS = Set.of("by", "of", "from");
    private static final Set<String> STATEMENT_PRONOUNS = Set.of("that", "this", "it", "these", "those");
    private static final Set<String> PRONOUN_FOLLOWERS = Set.of("AUX", "VERB");

    /**
     * A reference: {@code ownerKey} is the actor (or country) named with the noun, or null; {@code noun}
     * the claim noun in lower case ("allegations"), or null for a pronoun.
     */
    record Reference(String ownerKey, String noun) {}

    private final Set<String> triggers = new HashSet<>(Lexicon.set("denial-verbs.txt"));
    private final Set<String> claimNouns = Lexicon.set("claim-nouns.txt");

    ReferenceCue() {
        triggers.addAll(ABOUT);
    }

    /** The reference {@code denial} makes in its sentence, or null. */
    Reference find(ExtractedClaim denial, List<Token> sentenceWords, List<ExtractedMention> sentenceMentions) {
        for (int t = 0; t < sentenceWords.size(); t++) {
            Token word = sentenceWords.get(t);
            if (word.span().start() >= denial.span().end()) {
                break;
            }
            String lower = lower(word);
            if (triggers.contains(lower)) {
                for (int n = t + 1; n < sentenceWords.size() && n <= t + NOUN_REACH; n++) {
                    if (claimNouns.contains(lower(sentenceWords.get(n)))) {
                        return new Reference(
                                owner(sentenceWords, sentenceMentions, t + 1, n), lower(sentenceWords.get(n)));
                    }
                }
            } else if (claimNouns.contains(lower) && denial.span().contains(word.span())) {
                return new Reference(owner(sentenceWords, sentenceMentions, Math.max(0, t - OWNER_REACH), t), lower);
            } else if (word.span().start() == denial.span().start()
                    && STATEMENT_PRONOUNS.contains(lower)
                    && t + 1 < sentenceWords.size()
                    && PRONOUN_FOLLOWERS.contains(sentenceWords.get(t + 1).tag())) {
                return new Reference(null, null);
            }
        }
        return null;
    }

    /** The actor named between tokens {@code from} and {@code noun}, else right after "by/of/from" past the noun. */
    private static String owner(List<Token> words, List<ExtractedMention> mentions, int from, int noun) {
        String owner = named(
                mentions, words.get(from).span().start(), words.get(noun).span().start());
        if (owner == null && noun + 2 < words.size() && OWNER_LINKS.contains(lower(words.get(noun + 1)))) {
            owner = named(
                    mentions,
                    words.get(noun + 1).span().end(),
                    words.get(Math.min(noun + 4, words.size() - 1)).span().end());
        }
        return owner;
    }

    private static String named(List<ExtractedMention> mentions, int from, int to) {
        String owner = null;
        for (ExtractedMention m : mentions) {
            CharSpan span = m.span();
            if (span.start() >= from && span.end() <= to) {
                owner = m.actorKey() != null ? m.actorKey() : owner == null ? m.placeKey() : owner;
            }
        }
        return owner;
    }

    /** The first five letters of a word, lower case: "allegations" and "alleged", "accusation" and "accused" meet. */
    static String stem(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > NOUN_STEM ? lower.substring(0, NOUN_STEM) : lower;
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
