package org.claimgraph.ingest.resolve;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.PlaceCandidate;
import org.claimgraph.ingest.document.PlaceCandidate.ParentHint;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.lexicon.Gazetteer;
import org.claimgraph.ingest.lexicon.NameForm;

/**
 * Settles what each candidate of one document names: the province of a district name found in
 * several provinces (the one mentioned nearest before), and the parent and key of a place found from
 * context. Used for one document, then dropped.
 */
final class PlaceResolver {

    private static final int NEAREST_UNIT_SENTENCES = 3;
    private static final int FOLLOWING_REACH = 40;
    private static final int DATELINE_WEIGHT = 2;

    private final Gazetteer gazetteer = Gazetteer.instance();
    private final List<PlaceCandidate> candidates;
    private final String body;
    private final ExtractedPlace[] resolved;
    private final boolean[] visiting;
    private final Map<String, ExtractedPlace> context;
    /** The place of the dateline ("BISHKEK, Kyrgyzstan —"), or null. */
    private final PlaceCandidate dateline;
    /** Countries a dateline put right ("KINSHASA, Congo" is the DR Congo): written key to meant key. */
    private final Map<String, String> datelineCountries;

    private String mainCountry;
    /** The countries and provinces the article names outside the world files, or null until asked. */
    private Set<String> named;

    PlaceResolver(
            List<PlaceCandidate> candidates,
            String body,
            Map<String, ExtractedPlace> context,
            PlaceCandidate dateline,
            Map<String, String> datelineCountries) {
        this.datelineCountries = datelineCountries;
        this.candidates = candidates;
        this.body = body;
        this.resolved = new ExtractedPlace[candidates.size()];
        this.visiting = new boolean[candidates.size()];
        this.context = context;
        this.dateline = dateline;
    }

    /** The place of every candidate, in order; null where a candidate turned out to be no place. */
    List<ExtractedPlace> resolveAll() {
        for (int i = 0; i < candidates.size(); i++) {
            resolve(i);
        }
        Set<String> keys = new HashSet<>();
        for (ExtractedPlace place : resolved) {
            if (place != null) {
                keys.add(place.key());
            }
        }
        for (int i = 0; i < resolved.length; i++) {
            String district = resolved[i] == null ? null : gazetteer.admin2Of(resolved[i].key());
            if (district != null && keys.contains(district)) {
                resolved[i] = withParent(resolved[i], district);
            }
        }
        return Arrays.asList(resolved);
    }

    /** A town under the district the article names ("Sake" in a story about Masisi territory). */
    private static ExtractedPlace withParent(ExtractedPlace p, String parentKey) {
        return new ExtractedPlace(
                p.key(), p.name(), p.kind(), p.aliases(), p.code(), p.latitude(), p.longitude(), parentKey);
    }

    /** A place found from context, by key: the gazetteer's ones are in the gazetteer. */
    ExtractedPlace place(String key) {
        ExtractedPlace known = gazetteer.place(key);
        return known != null ? known : context.get(key);
    }

    private ExtractedPlace resolve(int i) {
        if (resolved[i] != null || visiting[i]) {
            return resolved[i];
        }
        visiting[i] = true;
        PlaceCandidate c = candidates.get(i);
        resolved[i] = c.isKnown() ? reading(i, c) : contextPlace(i, c);
        visiting[i] = false;
        return resolved[i];
    }

    private ExtractedPlace reading(int i, PlaceCandidate c) {
        if (c.support() != PlaceCandidate.Support.NOT_NEEDED) {
            return worldReading(i, c);
        }
        if (c.readings().size() == 1) {
            String meant = datelineCountries.get(c.readings().get(0).key());
            return meant != null ? place(meant) : c.readings().get(0);
        }
        for (int j = i - 1; j >= 0; j--) {
            ExtractedPlace province = provinceOf(j);
            if (province != null) {
                for (ExtractedPlace reading : c.readings()) {
                    if (province.key().equals(reading.parentKey())) {
                        return reading;
                    }
                }
            }
        }
        return c.readings().get(0);
    }

    /**
     * The reading of a name from the world files: one in a province the article names, else in a
     * country it names (the most populous first), else, with a place cue, the most populous one; else
     * the name is no place ("Mission" in a story about Kenya).
     */
    private ExtractedPlace worldReading(int i, PlaceCandidate c) {
        Set<String> named = named();
        for (ExtractedPlace reading : c.readings()) {
            if (named.contains(reading.parentKey())) {
                return reading;
            }
        }
        if (c.support() == PlaceCandidate.Support.PROVINCE) {
            return null;
        }
        for (ExtractedPlace reading : c.readings()) {
            if (named.contains(countryOf(reading))) {
                return reading;
            }
        }
        if (c.support() == PlaceCandidate.Support.CUED_SURE) {
            return c.readings().get(0);
        }
        if (c.support() != PlaceCandidate.Support.CUED) {
            return null;
        }
        // "near the town of Boni" in a story about Mali: a village of the story's country, not a namesake abroad
        String country = fallbackCountry();
        ExtractedPlace first = c.readings().get(0);
        if (country == null) {
            return first;
        }
        PlaceCandidate local = PlaceCandidate.context(
                c.span(),
                c.sentence(),
                c.name(),
                first.kind(),
                new ParentHint(PlaceCandidate.ParentRule.KNOWN, -1, country));
        return contextPlace(i, local);
    }

    /**
     * The keys of the places the article names that need no support (countries, demonyms, the
     * hand-made gazetteer's places, the dateline's country, well-known towns after a cue), with their
     * parents; then of world names read with a cue or a kind word that lie in a country among them.
     */
    private Set<String> named() {
        if (named == null) {
            named = new HashSet<>();
            String country = datelineCountry();
            if (country != null) {
                named.add(country);
            }
            for (PlaceCandidate c : candidates) {
                boolean supported = c.support() == PlaceCandidate.Support.NOT_NEEDED
                        || c.support() == PlaceCandidate.Support.CUED_SURE;
                if (c.isKnown() && supported && c.readings().size() == 1) {
                    addWithParents(c.readings().get(0));
                }
            }
            for (PlaceCandidate c : candidates) {
                if (c.isKnown()
                        && c.support() == PlaceCandidate.Support.CUED
                        && c.readings().size() == 1
                        && named.contains(countryOf(c.readings().get(0)))) {
                    addWithParents(c.readings().get(0));
                }
            }
        }
        return named;
    }

    private void addWithParents(ExtractedPlace place) {
        String meant = datelineCountries.get(place.key());
        for (ExtractedPlace p = meant != null ? place(meant) : place; p != null; p = place(p.parentKey())) {
            named.add(p.key());
        }
    }

    private ExtractedPlace provinceOf(int j) {
        PlaceCandidate c = candidates.get(j);
        if (c.isKnown() && c.readings().get(0).kind() == LocationKind.PROVINCE) {
            return c.readings().get(0);
        }
        return null;
    }

    private ExtractedPlace contextPlace(int i, PlaceCandidate c) {
        ParentHint hint = c.parent();
        if (hint.rule() == PlaceCandidate.ParentRule.SAME_AS) {
            return startingAt(hint.position());
        }
        if (hint.rule() == PlaceCandidate.ParentRule.LATEST_OF_KIND) {
            String word = c.span().coveredText(body);
            ExtractedPlace sameWord = latestOfKind(i, c.kind(), word);
            return sameWord != null ? sameWord : latestOfKind(i, c.kind(), "");
        }
        ExtractedPlace parent = switch (hint.rule()) {
            case KNOWN -> place(hint.key());
            case BEFORE -> endingAt(hint.position());
            case FOLLOWING, FOLLOWING_UNIT -> following(i, hint.position());
            case NEAREST_UNIT -> nearestUnitBefore(i);
            case SIBLING -> parentOf(endingAt(hint.position()));
            default -> null;
        };
        if (hint.rule() == PlaceCandidate.ParentRule.FOLLOWING_UNIT && !isUnit(parent)) {
            return null;
        }
        if (parent == null
                && c.kind() != LocationKind.RIVER
                && c.kind() != LocationKind.COUNTRY
                && c.kind() != LocationKind.REGION) {
            // "the town of X" with nothing else to go by lies in the country the article is filed from, else
            // in the one it names most: a Kyrgyz village stays Kyrgyz however often Russia is named
            parent = place(fallbackCountry());
        }
        if (c.kind() == LocationKind.DISTRICT
                && parent != null
                && (parent.kind() == LocationKind.PROVINCE || parent.kind() == LocationKind.COUNTRY)) {
            ExtractedPlace district = gazetteer.districtLike(c.name(), parent.key());
            if (district != null) {
                return district;
            }
        }
        String key = key(c, parent);
        ExtractedPlace known = place(key);
        if (known != null) {
            return known;
        }
        ExtractedPlace place = new ExtractedPlace(
                key, c.name(), c.kind(), List.of(), null, null, null, parent == null ? null : parent.key());
        context.put(key, place);
        return place;
    }

    private ExtractedPlace parentOf(ExtractedPlace place) {
        return place == null ? null : place(place.parentKey());
    }

    /**
     * The country the gazetteer places of the article lie in most often, or null. The dateline's
     * country counts as {@link #DATELINE_WEIGHT} mentions: a wire story is about where it is filed from.
     */
    private String mainCountry() {
        if (mainCountry == null) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (PlaceCandidate c : candidates) {
                boolean supported = c.support() == PlaceCandidate.Support.NOT_NEEDED
                        || c.support() == PlaceCandidate.Support.CUED_SURE;
                String country =
                        c.isKnown() && supported ? countryOf(c.readings().get(0)) : null;
                if (country != null) {
                    counts.merge(country, 1, Integer::sum);
                } else if (c.parent().rule() == PlaceCandidate.ParentRule.KNOWN) {
                    counts.merge(c.parent().key(), DATELINE_WEIGHT, Integer::sum);
                }
            }
            mainCountry = counts.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse("");
        }
        return mainCountry.isEmpty() ? null : mainCountry;
    }

    /**
     * The country of a place found from context with nothing else to go by: the dateline's when the
     * story names other places there (a Kyrgyz village stays Kyrgyz however often Russia is named),
     * else the one it names most (a story filed from Nairobi about Ethiopia).
     */
    private String fallbackCountry() {
        String country = datelineCountry();
        if (country != null) {
            for (PlaceCandidate c : candidates) {
                if (c != dateline
                        && c.isKnown()
                        && c.form() == PlaceMention.Form.NAME
                        && country.equals(countryOf(c.readings().get(0)))) {
                    return country;
                }
            }
        }
        String main = mainCountry();
        return main != null ? main : country;
    }

    private String datelineCountry() {
        if (dateline == null) {
            return null;
        }
        return countryOf(
                dateline.isKnown()
                        ? dateline.readings().get(0)
                        : place(dateline.parent().key()));
    }

    private String key(PlaceCandidate c, ExtractedPlace parent) {
        String name = NameForm.key(c.name());
        return switch (c.kind()) {
            case CITY -> Gazetteer.cityKey(c.name(), countryOf(parent));
            case REGION -> "region:" + name;
            case RIVER -> "river:" + name;
            default ->
                c.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + name
                        + (parent == null ? "" : "|" + parent.key());
        };
    }

    private String countryOf(ExtractedPlace place) {
        for (ExtractedPlace p = place; p != null; p = place(p.parentKey())) {
            if (p.kind() == LocationKind.COUNTRY) {
                return p.key();
            }
        }
        return null;
    }

    private static boolean isUnit(ExtractedPlace place) {
        return place != null && (place.kind() == LocationKind.PROVINCE || place.kind() == LocationKind.DISTRICT);
    }

    /** The place mentioned by the candidate ending at {@code position}; a demonym gives its country. */
    private ExtractedPlace endingAt(int position) {
        for (int j = 0; j < candidates.size(); j++) {
            if (candidates.get(j).span().end() == position) {
                return resolve(j);
            }
        }
        return null;
    }

    private ExtractedPlace startingAt(int position) {
        for (int j = 0; j < candidates.size(); j++) {
            if (candidates.get(j).span().start() == position
                    && candidates.get(j).parent().rule() != PlaceCandidate.ParentRule.SAME_AS) {
                return resolve(j);
            }
        }
        return null;
    }

    /** The first place after {@code position} in the same sentence; of "Pakistan's Balochistan province", the province. */
    private ExtractedPlace following(int i, int position) {
        int sentence = candidates.get(i).sentence();
        for (int j = 0; j < candidates.size(); j++) {
            PlaceCandidate c = candidates.get(j);
            if (j != i
                    && c.sentence() == sentence
                    && c.span().start() >= position
                    && c.span().start() - position <= FOLLOWING_REACH) {
                while (j + 1 < candidates.size() && possessiveBefore(candidates.get(j), candidates.get(j + 1))) {
                    j++;
                }
                return resolve(j);
            }
        }
        return null;
    }

    private boolean possessiveBefore(PlaceCandidate owner, PlaceCandidate owned) {
        String between = body.substring(owner.span().end(), owned.span().start());
        return between.matches("['\u2019]s\\s+") && owner.sentence() == owned.sentence();
    }

    /**
     * The latest place of {@code kind} named before candidate {@code i} with {@code word} in its
     * mention ("the town" prefers "the town of X" to the city X), or null.
     */
    private ExtractedPlace latestOfKind(int i, LocationKind kind, String word) {
        for (int j = i - 1; j >= 0; j--) {
            boolean named = candidates.get(j).form() == PlaceMention.Form.NAME
                    && candidates.get(j).span().coveredText(body).contains(word);
            ExtractedPlace place = named ? resolve(j) : null;
            if (place != null && place.kind() == kind) {
                return place;
            }
        }
        return null;
    }

    private ExtractedPlace nearestUnitBefore(int i) {
        int sentence = candidates.get(i).sentence();
        for (int j = i - 1; j >= 0 && candidates.get(j).sentence() >= sentence - NEAREST_UNIT_SENTENCES; j--) {
            ExtractedPlace place = resolve(j);
            if (isUnit(place) && candidates.get(j).form() == PlaceMention.Form.NAME) {
                return place;
            }
        }
        return null;
    }
}
