package org.claimgraph.ingest.resolve;

import java.util.Locale;
import java.util.Set;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.lexicon.Keys;
import org.claimgraph.ingest.lexicon.Lexicon;
import org.claimgraph.ingest.lexicon.TitleLexicon;

/**
 * GROUP actors: a plural group noun ({@code lexicon/group-nouns.txt}) with its modifiers, when a
 * country or demonym modifies it ("Freedonian officials", "U.S. military officials", "French and
 * American officials") or when the group speaks or is spoken to ("experts say", "told reporters",
 * "officials in Riverland province said", "according to local media reports"). The affiliation is the
 * country named in the phrase, else the organisation. Institutions that speak as one ("the army said",
 * "the ministry denied"; {@code lexicon/institution-nouns.txt}) become ORGANIZATION actors of the
 * country named with them, else of the country the article names most ("Freedonian police" and a later
 * "the police" are one). A country's forces, troops, soldiers, guards, military or army
 * ({@code lexicon/armed-forces-nouns.txt}) are one ORGANIZATION actor of that country.
 */
final class GroupResolver {

    private static final int MAX_MODIFIERS = 4;
    private static final Set<String> MODIFIER_TAGS = Set.of("ADJ", "NOUN", "PROPN");
    private static final Set<String> SKIPPABLE = Set.of(
            "also",
            "have",
            "has",
            "had",
            "reportedly",
            "recently",
            "repeatedly",
            "again",
            "previously",
            "earlier",
            "publicly",
            "strongly",
            "flatly",
            "firmly",
            "later");
    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("in", "on", "from", "of");
    private static final int MAX_PHRASE_WORDS = 3;

    /** Nouns for a country's armed forces, which news treats as one organisation whatever the word. */
    private final Set<String> armedForces = Lexicon.set("armed-forces-nouns.txt");

    private final Set<String> groupNouns = Lexicon.set("group-nouns.txt");
    private final Set<String> institutionNouns = Lexicon.set("institution-nouns.txt");
    private final Set<String> speechVerbs = Lexicon.set("speech-verbs.txt");
    private final TitleLexicon titles = TitleLexicon.get();

    void resolve(Resolution r) {
        for (int i = 0; i < r.tokens.size(); i++) {
            Token noun = r.tokens.get(i);
            String word = noun.text().toLowerCase(Locale.ROOT);
            boolean institution = institutionNouns.contains(word);
            if (!(groupNouns.contains(word) || institution) || r.organisationAt[i] >= 0) {
                continue;
            }
            int first = firstModifier(r, i);
            boolean audience = i > 0
                    && r.tokens
                            .get(first > 0 ? first - 1 : 0)
                            .text()
                            .toLowerCase(Locale.ROOT)
                            .startsWith("told");
            int last = audience ? i : placeAfter(r, i);
            String country = null;
            String organisation = null;
            boolean preModified = false;
            for (int j = first; j <= last; j++) {
                if (r.placeAt[j] >= 0 && country == null) {
                    preModified = j < i;
                    ExtractedPlace c =
                            r.places.countryOf(r.placeMentions.get(r.placeAt[j]).place());
                    country = c == null ? null : c.key();
                }
                if (r.organisationAt[j] >= 0 && organisation == null) {
                    organisation = r.organisationMentions
                            .get(r.organisationAt[j])
                            .organisation()
                            .key();
                }
            }
            boolean countryModified = country != null && preModified;
            if (institution ? !speaks(r, first, last) : !countryModified && !speaks(r, first, last)) {
                continue;
            }
            CharSpan span = new CharSpan(
                    r.tokens.get(first).span().start(),
                    r.tokens.get(last).span().end());
            String phrase = r.document.text(span);
            ActorDraft group;
            if (armedForces.contains(word) && country != null && (preModified || institution)) {
                // "Afghan forces", "Afghan troops", "Afghan border guards": one organisation per country
                group = r.actor(Keys.armedForces(country), ActorKind.ORGANIZATION, withoutDeterminer(phrase));
                group.alias(withoutDeterminer(phrase));
            } else if (institution) {
                // "the army" alone is the army of the country the article is about, not every army
                if (country == null && organisation == null) {
                    country = r.mainCountry();
                }
                String owner = country != null ? country : organisation;
                String named = country != null && onlyPlacesBefore(r, first, i) ? word : phrase;
                group = r.actor(
                        Keys.group(named) + (owner == null ? "" : "|" + owner),
                        ActorKind.ORGANIZATION,
                        withoutDeterminer(phrase));
                group.alias(withoutDeterminer(phrase));
            } else {
                group = r.actor(Keys.group(phrase), ActorKind.GROUP, phrase);
            }
            group.affiliationKey = country != null ? country : organisation;
            if (country != null) {
                r.wantCountry(country);
            }
            r.mention(span, group.key);
        }
    }

    /** Whether the words before the noun are a determiner and places only: "the Freedonian police". */
    private static boolean onlyPlacesBefore(Resolution r, int first, int noun) {
        for (int j = first; j < noun; j++) {
            if (r.placeAt[j] < 0 && !r.tokens.get(j).tag().equals("DET")) {
                return false;
            }
        }
        return true;
    }

    private static String withoutDeterminer(String phrase) {
        for (String determiner : new String[] {"the ", "The ", "a ", "A ", "an ", "An "}) {
            if (phrase.startsWith(determiner)) {
                return phrase.substring(determiner.length());
            }
        }
        return phrase;
    }

    /** The first token of the modifiers before the noun at {@code noun}: adjectives, nouns, places. */
    private static int firstModifier(Resolution r, int noun) {
        int first = noun;
        int sentence = r.tokens.get(noun).sentence();
        for (int j = noun - 1; j >= 0 && noun - j <= MAX_MODIFIERS + 2; j--) {
            Token t = r.tokens.get(j);
            if (t.sentence() != sentence) {
                break;
            }
            boolean place = r.placeAt[j] >= 0 || r.organisationAt[j] >= 0;
            boolean coordinated = t.text().equals("and") && j > 0 && r.placeAt[j - 1] >= 0 && r.placeAt[j + 1] >= 0;
            boolean modifier = MODIFIER_TAGS.contains(t.tag())
                    && Character.isLetter(t.text().charAt(0))
                    && t.text().equals(r.word(j));
            if (!place && !coordinated && !modifier) {
                break;
            }
            first = j;
        }
        return first;
    }

    /** The last token of "in [adjective] Place" right after the noun, or the noun itself. */
    private static int placeAfter(Resolution r, int noun) {
        int j = noun + 1;
        if (j >= r.tokens.size() || !r.tokens.get(j).text().equals("in")) {
            return noun;
        }
        j++;
        if (j < r.tokens.size()
                && r.placeAt[j] < 0
                && Character.isLowerCase(r.tokens.get(j).text().charAt(0))) {
            j++;
        }
        if (j >= r.tokens.size() || r.placeAt[j] < 0) {
            return noun;
        }
        PlaceMention place = r.placeMentions.get(r.placeAt[j]);
        while (j + 1 < r.tokens.size() && r.placeAt[j + 1] == r.placeAt[j]) {
            j++;
        }
        return place.span().end() <= r.tokens.get(j).span().end() ? j : noun;
    }

    /**
     * Whether a verb of saying follows the phrase, or "told" / "according to" comes before it; a role
     * between them is the one through whom it speaks ("Freedonian police spokesman said").
     */
    private boolean speaks(Resolution r, int first, int last) {
        int next = last + 1;
        if (next < r.tokens.size() && titles.isRole(r.tokens.get(next).text())) {
            next++;
        }
        next = afterShortPrepositionalPhrase(r, next);
        while (next < r.tokens.size()
                && SKIPPABLE.contains(r.tokens.get(next).text().toLowerCase(Locale.ROOT))) {
            next++;
        }
        if (next < r.tokens.size()
                && speechVerbs.contains(r.tokens.get(next).text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        int previous = first - 1;
        if (previous >= 0
                && r.tokens.get(previous).text().toLowerCase(Locale.ROOT).startsWith("told")) {
            return true;
        }
        return previous > 0
                && r.tokens.get(previous).text().equalsIgnoreCase("to")
                && r.tokens.get(previous - 1).text().equalsIgnoreCase("according");
    }

    /** Past "in both countries", "on both sides", "from the area" (lower-case words only), else {@code j}. */
    private int afterShortPrepositionalPhrase(Resolution r, int j) {
        if (j >= r.tokens.size()
                || !PHRASE_PREPOSITIONS.contains(r.tokens.get(j).text())) {
            return j;
        }
        int k = j + 1;
        while (k < r.tokens.size()
                && k - j <= MAX_PHRASE_WORDS
                && isLowerCaseWord(r.tokens.get(k).text())
                && !speechVerbs.contains(r.tokens.get(k).text())) {
            k++;
        }
        return k > j + 1 ? k : j;
    }

    private static boolean isLowerCaseWord(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isLowerCase);
    }
}
