package org.claimgraph.ingest.relations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.domain.ClaimKind;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.lexicon.Lexicon;

/**
 * Words of a claim that stand for its speaker's side, as mentions of the actor they stand for: in a
 * quote "we", "us" and "our" ("our forces" being the side's armed forces); in reported speech a
 * possessive before the first named actor with a word for fighting men ("denied that its troops
 * fired"), the speaker being the one the possessive points back to.
 */
final class SpeakerReferences {

    private static final Set<String> REPORTED_POSSESSIVES = Set.of("its", "their", "his", "her");

    private final Set<String> firstPerson = Lexicon.set("first-person-words.txt");
    private final Set<String> forcesNouns = forcesNouns();

    List<ExtractedMention> find(
            ExtractedClaim claim, List<Token> words, List<ExtractedMention> named, SpeakerSide sides) {
        List<ExtractedMention> found = new ArrayList<>();
        if (claim.speakerKey() == null) {
            return found;
        }
        boolean quote = claim.kind() == ClaimKind.DIRECT_QUOTE;
        int firstNamed = named.stream()
                .filter(m -> m.actorKey() != null)
                .mapToInt(m -> m.span().start())
                .findFirst()
                .orElse(Integer.MAX_VALUE);
        for (int k = 0; k < words.size(); k++) {
            String word = words.get(k).text().toLowerCase(Locale.ROOT);
            boolean forces = k + 1 < words.size()
                    && forcesNouns.contains(words.get(k + 1).text().toLowerCase(Locale.ROOT));
            boolean reported = !quote
                    && REPORTED_POSSESSIVES.contains(word)
                    && forces
                    && words.get(k).span().start() < firstNamed;
            if (!(quote && firstPerson.contains(word)) && !reported) {
                continue;
            }
            String key = forces ? sides.forcesOf(claim.speakerKey()) : sides.sideOf(claim.speakerKey());
            CharSpan span = forces
                    ? new CharSpan(
                            words.get(k).span().start(), words.get(k + 1).span().end())
                    : words.get(k).span();
            if (key != null && !overlapsNamed(span, named)) {
                found.add(ExtractedMention.ofActor(span, key));
            }
        }
        return found;
    }

    private static Set<String> forcesNouns() {
        Set<String> nouns = new HashSet<>(Lexicon.lines("armed-forces-nouns.txt"));
        nouns.addAll(Lexicon.lines("police-nouns.txt"));
        return Set.copyOf(nouns);
    }

    private static boolean overlapsNamed(CharSpan span, List<ExtractedMention> named) {
        return named.stream().anyMatch(m -> m.actorKey() != null && m.span().overlaps(span));
    }
}
