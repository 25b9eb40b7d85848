package org.claimgraph.ingest.resolve;

import java.util.Locale;
import java.util.Set;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.ingest.document.OrganisationMention;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.document.TokenCover;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.lexicon.Keys;
import org.claimgraph.ingest.lexicon.Lexicon;
import org.claimgraph.ingest.lexicon.TitleLexicon;

/**
 * The institution a title names by a common noun ({@code lexicon/institution-nouns.txt}): "army
 * spokesman", "Freedonian police chief", "member of the Riverland provincial council". "The committee"
 * alone is the organisation named before with "committee" in its name, if any. Else it is the
 * ORGANIZATION actor {@link GroupResolver} makes of that institution when it speaks: a country's armed
 * forces when the title names the country ("Freedonian army spokesman"), else the institution of the
 * country named with it, else of the country the article names most ("police chief X said").
 */
final class TitleInstitution {

    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "NOUN", "PROPN");
    /** How far back an organisation named by its full name may stand: a few paragraphs. */
    private static final int REACH_TOKENS = 600;

    private final Set<String> institutionNouns = Lexicon.set("institution-nouns.txt");
    private final Set<String> armedForces = Lexicon.set("armed-forces-nouns.txt");
    private final TitleLexicon titles = TitleLexicon.get();

    /** The key of the institution named in the title at {@code title}, made an actor if new; or null. */
    String of(Resolution r, CharSpan title) {
        int first = TokenCover.firstEndingAfter(r.tokens, title.start());
        int last = TokenCover.lastStartingBefore(r.tokens, title.end());
        for (int i = first; i <= last && i < r.tokens.size(); i++) {
            if (isInstitution(r, i) && !(i < last && isInstitution(r, i + 1))) {
                // the head of "military government", not its modifier
                int modifier = firstModifier(r, first, i);
                String named =
                        modifier == i && i > 0 && r.tokens.get(i - 1).text().equalsIgnoreCase("the")
                                ? organisationNamedBefore(r, i)
                                : null;
                return named != null ? named : institution(r, modifier, i);
            }
        }
        return null;
    }

    private boolean isInstitution(Resolution r, int token) {
        return institutionNouns.contains(r.word(token).toLowerCase(Locale.ROOT)) && r.organisationAt[token] < 0;
    }

    /** "spokeswoman for the committee": the latest organisation named not long before whose name holds the noun. */
    private static String organisationNamedBefore(Resolution r, int noun) {
        String word = " " + r.word(noun).toLowerCase(Locale.ROOT) + " ";
        int offset = r.tokens.get(noun).span().start();
        int reach = r.tokens.get(Math.max(0, noun - REACH_TOKENS)).span().start();
        for (int i = r.organisationMentions.size() - 1; i >= 0; i--) {
            OrganisationMention m = r.organisationMentions.get(i);
            if (m.span().end() > offset) {
                continue;
            }
            if (m.span().start() < reach) {
                return null;
            }
            if ((" " + m.organisation().name().toLowerCase(Locale.ROOT) + " ").contains(word)) {
                return m.organisation().key();
            }
        }
        return null;
    }

    private String institution(Resolution r, int first, int noun) {
        String country = null;
        boolean onlyPlaces = true;
        StringBuilder name = new StringBuilder();
        for (int j = first; j <= noun; j++) {
            boolean place = r.placeAt[j] >= 0;
            if (place && country == null) {
                ExtractedPlace c =
                        r.places.countryOf(r.placeMentions.get(r.placeAt[j]).place());
                country = c == null ? null : c.key();
            }
            onlyPlaces &= place || j == noun;
            String word = r.word(j); // "the ministry’s spokesman": the institution is "ministry"
            name.append(name.length() == 0 ? "" : " ").append(place ? word : word.toLowerCase(Locale.ROOT));
        }
        String nounWord = r.word(noun).toLowerCase(Locale.ROOT);
        ActorDraft actor;
        if (country != null && armedForces.contains(nounWord)) {
            actor = r.actor(Keys.armedForces(country), ActorKind.ORGANIZATION, name.toString());
        } else {
            // the key GroupResolver gives the institution speaking: "the police", "the provincial police"
            String owner = country != null ? country : r.mainCountry();
            String named = onlyPlaces ? nounWord : name.toString();
            actor = r.actor(
                    Keys.group(named) + (owner == null ? "" : "|" + owner), ActorKind.ORGANIZATION, name.toString());
            country = owner;
        }
        actor.alias(name.toString());
        if (country != null) {
            actor.affiliationKey = country;
            r.wantCountry(country);
        }
        return actor.key;
    }

    /** The first of the modifiers right before the noun within the title: adjectives, nouns and places, no role. */
    private int firstModifier(Resolution r, int titleFirst, int noun) {
        int first = noun;
        for (int j = noun - 1; j >= titleFirst; j--) {
            Token t = r.tokens.get(j);
            boolean place = r.placeAt[j] >= 0;
            boolean modifier = MODIFIER_TAGS.contains(t.tag())
                    && Character.isLetter(t.text().charAt(0))
                    && !titles.isTitleWord(r.word(j));
            if ((!place && !modifier) || isPossessor(t.text())) {
                break; // "the rebels’ military spokesman": the rebels own the institution, they do not name it
            }
            first = j;
        }
        return first;
    }

    private static boolean isPossessor(String text) {
        return text.endsWith("\u2019s") || text.endsWith("'s") || text.endsWith("s\u2019") || text.endsWith("s'");
    }
}
