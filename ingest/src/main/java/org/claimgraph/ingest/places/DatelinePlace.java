package org.claimgraph.ingest.places;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.PlaceCandidate;
import org.claimgraph.ingest.document.PlaceCandidate.ParentHint;
import org.claimgraph.ingest.document.PlaceCandidate.ParentRule;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.lexicon.Gazetteer;
import org.claimgraph.ingest.lexicon.GazetteerEntry;
import org.claimgraph.ingest.lexicon.NameForm;

/**
 * The place of a dateline, "KUNDUZ, Afghanistan —" or "KUNDUZ, Afghanistan, May 3 (Reuters) -" at the
 * start of the first paragraph: the name in capitals is a city of the country named after it. Only here
 * is a name matched regardless of case.
 */
final class DatelinePlace {

    private static final Pattern DATELINE =
            Pattern.compile("^(\\p{Lu}[\\p{Lu}\\p{M}'\u2019. -]*\\p{Lu})\\s*,\\s*(\\p{Lu}[\\p{L} .'\u2019-]{1,40}?)"
                    + "\\s*(?:,[^,()\n\u2014\u2013]{1,30})?(?:\\([^()\n]{1,40}\\))?\\s*(?:\u2014|\u2013|--|-\\s)");

    private final Gazetteer gazetteer = Gazetteer.instance();

    /**
     * A dateline's place, and the country it names when the city says the country written meant
     * another ("KINSHASA, Congo": Kinshasa is the capital of the DR Congo, not of the Republic of the
     * Congo): {@code written} to {@code meant}, both null when the dateline is plain.
     */
    record Found(PlaceCandidate place, String written, String meant) {}

    /** The dateline place at the start of {@code s}, or null; marks its words as used. */
    Found find(SentenceWords s, String body) {
        if (s.size() == 0) {
            return null;
        }
        int start = s.word(0).start();
        Matcher m = DATELINE.matcher(body).region(start, Math.min(body.length(), start + 120));
        if (!m.lookingAt()) {
            return null;
        }
        ExtractedPlace country = gazetteer.names().get(NameForm.match(m.group(2))).stream()
                .map(GazetteerEntry::place)
                .filter(p -> p.kind() == LocationKind.COUNTRY || p.kind() == LocationKind.PROVINCE)
                .findFirst()
                .orElse(null);
        if (country == null) {
            return null;
        }
        CharSpan span = new CharSpan(m.start(1), m.end(1));
        for (int i = 0; i < s.size() && s.word(i).end() <= span.end(); i++) {
            s.use(i, i);
        }
        String name = titleCase(m.group(1));
        List<ExtractedPlace> known = gazetteer.names().get(NameForm.match(name)).stream()
                .map(GazetteerEntry::place)
                .filter(p -> p.kind() == LocationKind.CITY && isIn(p, country))
                .toList();
        if (!known.isEmpty()) {
            return new Found(PlaceCandidate.known(span, s.sentence, PlaceMention.Form.NAME, known), null, null);
        }
        ExtractedPlace capital = capitalOfNamesake(name, country, m.group(2));
        if (capital != null) {
            String meant = capital.parentKey();
            return new Found(
                    PlaceCandidate.known(span, s.sentence, PlaceMention.Form.NAME, List.of(capital)),
                    country.key(),
                    meant);
        }
        return new Found(
                PlaceCandidate.context(
                        span, s.sentence, name, LocationKind.CITY, new ParentHint(ParentRule.KNOWN, -1, country.key())),
                null,
                null);
    }

    /**
     * The national capital named {@code city} of another country that the dateline's country name also
     * names as a word of its own names ("Congo" in "DR Congo"), or null.
     */
    private ExtractedPlace capitalOfNamesake(String city, ExtractedPlace written, String countryName) {
        String word = " " + NameForm.key(countryName) + " ";
        for (GazetteerEntry entry : gazetteer.names().get(NameForm.match(city))) {
            ExtractedPlace place = entry.place();
            ExtractedPlace country = gazetteer.place(place.parentKey());
            if (entry.rank() == GazetteerEntry.NATIONAL_CAPITAL
                    && country != null
                    && !country.key().equals(written.key())
                    && names(country).stream().anyMatch(n -> (" " + NameForm.key(n) + " ").contains(word))) {
                return place;
            }
        }
        return null;
    }

    private static List<String> names(ExtractedPlace country) {
        List<String> names = new java.util.ArrayList<>(country.aliases());
        names.add(country.name());
        return names;
    }

    private boolean isIn(ExtractedPlace place, ExtractedPlace country) {
        for (ExtractedPlace p = place; p != null; p = gazetteer.place(p.parentKey())) {
            if (p.key().equals(country.key())) {
                return true;
            }
        }
        return false;
    }

    /** "DASHT-E-ARCHI" to "Dasht-e-Archi". */
    private static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder();
        for (String word : capitals.toLowerCase(Locale.ROOT).split("(?<=[ -])")) {
            boolean connective = NameForm.isConnective(word.replace("-", "").strip());
            out.append(connective || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }
}
