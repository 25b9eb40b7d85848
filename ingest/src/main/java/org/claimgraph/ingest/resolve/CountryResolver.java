package org.claimgraph.ingest.resolve;

import java.util.Locale;
import java.util.Set;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.document.TokenCover;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.lexicon.Lexicon;

/**
 * COUNTRY actors, for countries that act: the country or its capital as the subject of a verb
 * ("France has agreed", "Paris has sent", "Rome and the U.K. insist"), and the countries
 * other actors are affiliated with. Their aliases are the capitals used as agents and the demonyms
 * written in the article. Every place mention also becomes a place mention of the extraction.
 */
final class CountryResolver {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "into", "from", "to", "across", "near", "at", "on", "with", "of", "by", "for", "toward", "towards",
            "inside", "along", "between", "within", "around");
    private static final Set<String> VERB_TAGS = Set.of("VERB", "AUX");

    private final Set<String> speechVerbs = Lexicon.set("speech-verbs.txt");

    void resolve(Resolution r) {
        for (PlaceMention m : r.placeMentions) {
            r.placeMention(m.span(), m.place().key());
            ExtractedPlace country = agentCountry(r, m);
            if (country != null) {
                ActorDraft actor = r.actor(country.key(), ActorKind.COUNTRY, country.name());
                actor.alias(r.document.text(m.span()));
                r.mention(m.span(), country.key());
            }
        }
        for (String key : r.wantedCountries()) {
            ExtractedPlace country = r.places.get(key);
            if (country != null) {
                r.actor(key, ActorKind.COUNTRY, country.name());
            }
        }
        for (PlaceMention m : r.placeMentions) {
            ExtractedPlace country = m.form() == PlaceMention.Form.DEMONYM ? r.places.countryOf(m.place()) : null;
            if (country != null && r.existing(country.key()) != null) {
                r.existing(country.key()).alias(r.document.text(m.span()));
            }
        }
    }

    /** The country this mention stands for when it is the subject of a verb, else null. */
    private ExtractedPlace agentCountry(Resolution r, PlaceMention m) {
        if (m.form() != PlaceMention.Form.NAME) {
            return null;
        }
        ExtractedPlace place = m.place();
        boolean state = place.kind() == LocationKind.COUNTRY || r.places.isCapital(place);
        if (!state) {
            return null;
        }
        int first = TokenCover.firstEndingAfter(r.tokens, m.span().start());
        int last = TokenCover.lastStartingBefore(r.tokens, m.span().end());
        if (first >= r.tokens.size() || last < 0 || !r.tokens.get(last).text().equals(r.word(last))) {
            return null;
        }
        if (afterPreposition(r, first) || !beforeVerb(r, last)) {
            return null;
        }
        return r.places.countryOf(place);
    }

    private static boolean afterPreposition(Resolution r, int first) {
        for (int j = first - 1; j >= 0 && j >= first - 2; j--) {
            Token t = r.tokens.get(j);
            if (PLACE_PREPOSITIONS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!"ADJ".equals(t.tag()) && !"DET".equals(t.tag())) {
                return false;
            }
        }
        return false;
    }

    /** Whether a verb follows, directly or after "and [the] Other-Place". */
    private boolean beforeVerb(Resolution r, int last) {
        int next = last + 1;
        if (next < r.tokens.size() && r.tokens.get(next).text().equals("and")) {
            next++;
            if (next < r.tokens.size() && "DET".equals(r.tokens.get(next).tag())) {
                next++;
            }
            int other = next < r.tokens.size() ? r.placeAt[next] : -1;
            if (other < 0) {
                return false;
            }
            while (next < r.tokens.size() && r.placeAt[next] == other) {
                next++;
            }
        }
        if (next >= r.tokens.size()
                || r.tokens.get(next).sentence() != r.tokens.get(last).sentence()) {
            return false;
        }
        Token verb = r.tokens.get(next);
        return VERB_TAGS.contains(verb.tag())
                || speechVerbs.contains(verb.text().toLowerCase(Locale.ROOT));
    }
}
