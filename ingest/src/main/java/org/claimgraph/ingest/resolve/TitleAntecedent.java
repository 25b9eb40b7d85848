package org.claimgraph.ingest.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimgraph.ingest.document.OrganisationMention;
import org.claimgraph.ingest.document.Spans;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.document.TokenCover;
import org.claimgraph.ingest.extraction.CharSpan;

/**
 * The organisation that a title naming none refers back to. A possessive before it ("its spokesman",
 * "the group's spokesman", "the ministry's spokeswoman") stands for the latest organisation named in
 * its sentence or the one before, preferring one whose name holds the possessor noun; "the
 * spokeswoman, Jane Doe" stands for the organisation of the latest "spokeswoman for X" (or "X
 * spokeswoman") written a few paragraphs before at most.
 */
final class TitleAntecedent {

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("its", "their");
    private static final Set<String> LINKS = Set.of("for", "of", "at");
    private static final int LINK_REACH = 3;
    /** How far back an antecedent may stand: a few paragraphs. */
    private static final int REACH_TOKENS = 600;

    String organisationOf(Resolution r, CharSpan title) {
        int first = TokenCover.firstEndingAfter(r.tokens, title.start());
        int last = TokenCover.lastStartingBefore(r.tokens, title.end());
        if (first >= r.tokens.size() || last < first) {
            return null;
        }
        String before = first > 0 ? r.tokens.get(first - 1).text().toLowerCase(Locale.ROOT) : "";
        String possessor = possessorNoun(r.tokens.get(first));
        if (POSSESSIVE_PRONOUNS.contains(before) || possessor != null) {
            int sentence = r.tokens.get(first).sentence();
            OrganisationMention antecedent = latestBefore(r, title.start(), sentence - 1, possessor);
            return antecedent == null ? null : antecedent.organisation().key();
        }
        if (before.equals("the") && first == last) {
            return organisationOfEarlier(r, r.tokens.get(last).text(), title.start());
        }
        return null;
    }

    /** "group" for "group's" (a common noun with a possessive ending), else null. */
    private static String possessorNoun(Token token) {
        String word = TokenCover.word(token);
        boolean possessive = !word.equals(token.text()) && Character.isLowerCase(word.charAt(0));
        return possessive ? word.toLowerCase(Locale.ROOT) : null;
    }

    /** The latest organisation named before {@code offset}, from sentence {@code firstSentence} on. */
    private static OrganisationMention latestBefore(Resolution r, int offset, int firstSentence, String noun) {
        OrganisationMention latest = null;
        List<OrganisationMention> mentions = r.organisationMentions;
        for (int i = lastStartingBefore(mentions, offset); i >= 0; i--) {
            OrganisationMention m = mentions.get(i);
            if (m.span().end() > offset) {
                continue;
            }
            int token = TokenCover.firstEndingAfter(r.tokens, m.span().start());
            if (token >= r.tokens.size() || r.tokens.get(token).sentence() < firstSentence) {
                break;
            }
            latest = latest == null ? m : latest;
            String name = " " + m.organisation().name().toLowerCase(Locale.ROOT) + " ";
            if (noun == null || name.contains(" " + noun + " ")) {
                return m;
            }
        }
        return latest;
    }

    private static int lastStartingBefore(List<OrganisationMention> mentions, int offset) {
        return Spans.startingBefore(mentions, OrganisationMention::span, offset) - 1;
    }

    /** The organisation of the latest "role for X" or "X role" written not long before {@code offset}. */
    private static String organisationOfEarlier(Resolution r, String role, int offset) {
        List<Token> tokens = r.tokens;
        int title = TokenCover.lastStartingBefore(tokens, offset) + 1;
        for (int i = title - 1; i >= 0 && i >= title - REACH_TOKENS; i--) {
            if (!tokens.get(i).text().equalsIgnoreCase(role)) {
                continue;
            }
            if (i > 0 && r.organisationAt[i - 1] >= 0) {
                return r.organisationMentions
                        .get(r.organisationAt[i - 1])
                        .organisation()
                        .key();
            }
            if (i + 1 < tokens.size() && LINKS.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
                for (int j = i + 2; j < tokens.size() && j <= i + 1 + LINK_REACH; j++) {
                    if (r.organisationAt[j] >= 0) {
                        return r.organisationMentions
                                .get(r.organisationAt[j])
                                .organisation()
                                .key();
                    }
                }
            }
        }
        return null;
    }
}
