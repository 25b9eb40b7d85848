package org.claimgraph.ingest.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.extraction.ExtractedPlace;

/**
 * GeoNames' divisions and towns of the whole world (see {@code gazetteer/world/README.md}), read on
 * demand from two sorted tables that {@code WorldIndexWriter} derives from the world files: names in
 * match form to the keys they name ({@value #NAMES}), most likely reading first, a town's alternate
 * names marked ({@value #VARIANT}), and places by key
 * ({@value #PLACES}) with their parent chain already resolved, both in printable ASCII
 * ({@link AsciiEscapes}). Opening them reads two texts and notes
 * their line starts; a place is built the first time a name of it is met, then kept. Thread-safe.
 */
final class WorldPlaces implements PhraseIndex.Table<GazetteerEntry> {

    static final String NAMES = "/gazetteer/world/name-index.tsv";
    static final String PLACES = "/gazetteer/world/place-index.tsv";
    /** Marks a key in the name table that the name is only an alternate name of ("~geonames:2946447"). */
    static final String VARIANT = "~";
    /** No name in the world tables has more words than this (longer ones are left out when written). */
    static final int MAX_WORDS = 8;

    private final SortedLines names;
    private final SortedLines places;
    /** Match forms never read as world places, and those read only away from other names. */
    private final Set<String> notNames;

    private final Set<String> ambiguous;
    private final Map<String, List<GazetteerEntry>> entriesByName = new ConcurrentHashMap<>();
    private final Map<String, WorldPlace> placesByKey = new ConcurrentHashMap<>();

    /** A place of the world tables, the second-level division it lies in (or null), its population. */
    private record WorldPlace(ExtractedPlace place, String admin2, long population) {}

    private static final WorldPlace NONE = new WorldPlace(null, null, 0);

    WorldPlaces(SortedLines names, SortedLines places, Set<String> notNames, Set<String> ambiguous) {
        this.names = names;
        this.places = places;
        this.notNames = matchForms(notNames);
        this.ambiguous = matchForms(ambiguous);
    }

    @Override
    public List<GazetteerEntry> get(String matchForm) {
        List<GazetteerEntry> known = entriesByName.get(matchForm);
        if (known != null) {
            return known;
        }
        if (!startsAName(matchForm)) {
            return List.of();
        }
        String key = AsciiEscapes.escape(matchForm);
        int line = names.lowerBound(key);
        if (!names.hasKey(line, key) || notNames.contains(matchForm)) {
            return List.of();
        }
        return entriesByName.computeIfAbsent(matchForm, form -> entries(names.fields(line), form));
    }

    @Override
    public boolean hasPrefix(String matchForm) {
        if (!startsAName(matchForm)) {
            return false;
        }
        String key = AsciiEscapes.escape(matchForm);
        int line = names.lowerBound(key);
        return names.hasKey(line, key) || names.keyStartsWith(line, key + " ");
    }

    @Override
    public int maxWords() {
        return MAX_WORDS;
    }

    /** The world place with this key, or null. */
    ExtractedPlace place(String key) {
        return worldPlace(key).place();
    }

    /** The population of the world town {@code key}, 0 when not known. */
    long population(String key) {
        return worldPlace(key).population();
    }

    /** The key of the second-level division the world place {@code key} lies in, or null. */
    String admin2Of(String key) {
        return worldPlace(key).admin2();
    }

    private List<GazetteerEntry> entries(List<String> fields, String form) {
        List<GazetteerEntry> entries = new ArrayList<>(fields.size() - 1);
        for (String field : fields.subList(1, fields.size())) {
            boolean variant = field.startsWith(VARIANT);
            ExtractedPlace place = place(variant ? field.substring(VARIANT.length()) : field);
            if (place != null) {
                GazetteerEntry.Source source =
                        variant ? GazetteerEntry.Source.WORLD_VARIANT : GazetteerEntry.Source.WORLD_NAME;
                entries.add(new GazetteerEntry(
                        place, PlaceMention.Form.NAME, rank(place.kind()), ambiguous.contains(form), source));
            }
        }
        return List.copyOf(entries);
    }

    private WorldPlace worldPlace(String key) {
        WorldPlace known = placesByKey.get(key);
        if (known != null) {
            return known;
        }
        int line = places.lowerBound(key);
        if (!places.hasKey(line, key)) {
            return NONE;
        }
        return placesByKey.computeIfAbsent(key, k -> parse(places.fields(line)));
    }

    /** key, name, kind, latitude, longitude, parent key, admin2 key, population, variants */
    private static WorldPlace parse(List<String> line) {
        List<String> f = line.stream().map(AsciiEscapes::unescape).toList();
        List<String> variants =
                f.get(8).isEmpty() ? List.of() : Arrays.asList(f.get(8).split("\\|"));
        ExtractedPlace place = new ExtractedPlace(
                f.get(0),
                f.get(1),
                LocationKind.valueOf(f.get(2)),
                variants,
                f.get(0),
                number(f.get(3)),
                number(f.get(4)),
                blankToNull(f.get(5)));
        return new WorldPlace(place, blankToNull(f.get(6)), f.get(7).isEmpty() ? 0 : Long.parseLong(f.get(7)));
    }

    /** Only names written with a capital are in the tables: most words of a text are looked up no further. */
    private static boolean startsAName(String matchForm) {
        return !matchForm.isEmpty() && Character.isUpperCase(matchForm.charAt(0));
    }

    static int rank(LocationKind kind) {
        return switch (kind) {
            case PROVINCE -> GazetteerEntry.PROVINCE;
            case DISTRICT -> GazetteerEntry.DISTRICT;
            default -> GazetteerEntry.CITY;
        };
    }

    private static Set<String> matchForms(Set<String> names) {
        return names.stream().map(NameForm::match).filter(f -> !f.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static Double number(String value) {
        return value.isEmpty() ? null : Double.valueOf(value);
    }
}
