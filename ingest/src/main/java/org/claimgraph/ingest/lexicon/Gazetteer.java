package org.claimgraph.ingest.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.claimgraph.domain.LocationKind;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.extraction.ExtractedPlace;

/**
 * The places of {@code src/main/resources/gazetteer/}: countries with their alternate names,
 * demonyms and capitals, Afghanistan's provinces and districts with their capitals, regions and
 * rivers, and GeoNames' divisions and towns of the rest of the world ({@link WorldPlaces}, read on
 * demand). Loaded once per process; thread-safe.
 */
public final class Gazetteer {

    private static final String AFGHANISTAN = "AF";

    private final Map<String, ExtractedPlace> places;
    private final PhraseIndex<GazetteerEntry> names;
    private final Map<String, List<ExtractedPlace>> districtsByProvince;
    /** The world's places, or null in the hand-made gazetteer the world tables are written against. */
    private final WorldPlaces world;

    private Gazetteer(GazetteerLoader loader, WorldPlaces world) {
        this.places = Map.copyOf(loader.places);
        this.names = world == null ? loader.names.build() : loader.names.build().with(world);
        this.world = world;
        this.districtsByProvince = places.values().stream()
                .filter(p -> p.kind() == LocationKind.DISTRICT && p.parentKey() != null)
                .collect(Collectors.groupingBy(ExtractedPlace::parentKey, Collectors.toUnmodifiableList()));
    }

    public static Gazetteer instance() {
        return Holder.INSTANCE;
    }

    /** The hand-made files alone, without the world: what the world tables are written against. */
    static Gazetteer handMade() {
        return new Gazetteer(new GazetteerLoader().load(), null);
    }

    /** Every name, alternate name, capital and demonym, in match form. */
    public PhraseIndex<GazetteerEntry> names() {
        return names;
    }

    /** The place with this key, or null. */
    public ExtractedPlace place(String key) {
        if (key == null) {
            return null;
        }
        ExtractedPlace place = places.get(key);
        return place != null || world == null ? place : world.place(key);
    }

    /** The population GeoNames gives a world town, 0 for any other place. */
    public long population(String placeKey) {
        return world == null || placeKey == null ? 0 : world.population(placeKey);
    }

    /**
     * The second-level division (district, territory, zone) a world town lies in, by key, or null: a
     * town's parent is its first-level division unless the article names this one.
     */
    public String admin2Of(String placeKey) {
        return world == null || placeKey == null ? null : world.admin2Of(placeKey);
    }

    /**
     * The district of {@code parentKey} (a province, or a country: then any of its provinces) whose name
     * is spelled like {@code name} once vowels and silent letters are dropped ("Momand Dara" for OCHA's
     * "Mohmand Dara"), or null when none or several are.
     */
    public ExtractedPlace districtLike(String name, String parentKey) {
        String skeleton = skeleton(name);
        List<ExtractedPlace> districts = districtsByProvince.getOrDefault(parentKey, List.of());
        if (districts.isEmpty() && places.containsKey(parentKey)) {
            districts = districtsByProvince.entrySet().stream()
                    .filter(e -> parentKey.equals(
                            places.get(e.getKey()) == null
                                    ? null
                                    : places.get(e.getKey()).parentKey()))
                    .flatMap(e -> e.getValue().stream())
                    .toList();
        }
        List<ExtractedPlace> like = districts.stream()
                .filter(d -> skeleton.equals(skeleton(d.name()))
                        || d.aliases().stream().anyMatch(a -> skeleton.equals(skeleton(a))))
                .toList();
        return like.size() == 1 ? like.get(0) : null;
    }

    private static String skeleton(String name) {
        String key = (" " + NameForm.key(name) + " ").replace(" e ", " ").replace(" i ", " ");
        return key.replaceAll("[aeiouyhw ]", "").replaceAll("(.)\\1", "$1");
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load();

        /** The world tables are read while the hand-made files are: most of the load is reading and inflating. */
        private static Gazetteer load() {
            CompletableFuture<SortedLines> names = SortedLines.readInBackground(WorldPlaces.NAMES);
            CompletableFuture<SortedLines> places = SortedLines.readInBackground(WorldPlaces.PLACES);
            GazetteerLoader handMade = new GazetteerLoader().load();
            return new Gazetteer(
                    handMade, new WorldPlaces(names.join(), places.join(), handMade.notNames, handMade.ambiguous));
        }
    }

    /** Reads the gazetteer files into places and names. */
    private static final class GazetteerLoader {
        final Map<String, ExtractedPlace> places = new LinkedHashMap<>();
        final PhraseIndex.Builder<GazetteerEntry> names = new PhraseIndex.Builder<>();
        final Set<String> notNames = Set.copyOf(lines("not-place-names.txt"));
        final Set<String> ambiguous = Set.copyOf(lines("ambiguous-place-names.txt"));
        final Map<String, String> sharedDemonyms = new HashMap<>();

        GazetteerLoader load() {
            Csv.read("/gazetteer/shared-demonyms.csv", ',')
                    .forEach(r -> sharedDemonyms.put(r.get("demonym"), r.get("iso2")));
            Csv.read("/gazetteer/countries.csv", ',').forEach(this::country);
            Csv.read("/gazetteer/af_admin.csv", ',').forEach(this::afghanUnit);
            Csv.read("/gazetteer/regions.csv", ',').forEach(this::region);
            return this;
        }

        private void country(Map<String, String> row) {
            String iso2 = row.get("iso2");
            List<String> alternates = Csv.list(row.get("alt_names"));
            ExtractedPlace country = new ExtractedPlace(
                    iso2,
                    row.get("name"),
                    LocationKind.COUNTRY,
                    alternates,
                    iso2,
                    number(row.get("lat")),
                    number(row.get("lon")),
                    null);
            places.put(iso2, country);
            name(row.get("name"), country, PlaceMention.Form.NAME, GazetteerEntry.COUNTRY);
            alternates.forEach(a -> name(a, country, PlaceMention.Form.NAME, GazetteerEntry.COUNTRY));
            for (String demonym : Csv.list(row.get("demonyms").replace(", ", ";"))) {
                if (sharedDemonyms.getOrDefault(demonym, iso2).equals(iso2)) {
                    name(demonym, country, PlaceMention.Form.DEMONYM, GazetteerEntry.DEMONYM);
                    name(plural(demonym), country, PlaceMention.Form.DEMONYM, GazetteerEntry.DEMONYM);
                }
            }
            Csv.list(row.get("capital")).forEach(c -> city(c, iso2, iso2, GazetteerEntry.NATIONAL_CAPITAL));
        }

        private void afghanUnit(Map<String, String> row) {
            String pcode = row.get("pcode");
            boolean province = row.get("level").equals("province");
            List<String> alternates = Csv.list(row.get("alt_names")).stream()
                    .filter(a -> !a.endsWith(" City"))
                    .toList();
            ExtractedPlace unit = new ExtractedPlace(
                    pcode,
                    row.get("name"),
                    province ? LocationKind.PROVINCE : LocationKind.DISTRICT,
                    alternates,
                    pcode,
                    null,
                    null,
                    row.get("parent_pcode"));
            places.put(pcode, unit);
            int rank = province ? GazetteerEntry.PROVINCE : GazetteerEntry.DISTRICT;
            name(row.get("name"), unit, PlaceMention.Form.NAME, rank);
            alternates.forEach(a -> name(a, unit, PlaceMention.Form.NAME, rank));
            if (province && !row.get("capital").isEmpty()) {
                city(row.get("capital"), AFGHANISTAN, pcode, GazetteerEntry.CITY);
            }
        }

        private void region(Map<String, String> row) {
            boolean river = row.get("type").equals("river");
            String name = NameForm.withoutArticle(row.get("name"));
            String key = (river ? "river:" : "region:") + NameForm.key(name);
            List<String> alternates = Csv.list(row.get("alt_names"));
            ExtractedPlace place = new ExtractedPlace(
                    key, name, river ? LocationKind.RIVER : LocationKind.REGION, alternates, null, null, null, null);
            places.put(key, place);
            int rank = river ? GazetteerEntry.RIVER : GazetteerEntry.REGION;
            name(name, place, PlaceMention.Form.NAME, rank);
            alternates.forEach(a -> name(a, place, PlaceMention.Form.NAME, rank));
        }

        /** A capital; the national capital wins over a province capital of the same name (Kabul). */
        private void city(String name, String iso2, String parentKey, int rank) {
            String key = cityKey(name, iso2);
            if (places.containsKey(key)) {
                return;
            }
            ExtractedPlace city =
                    new ExtractedPlace(key, name, LocationKind.CITY, List.of(), null, null, null, parentKey);
            places.put(key, city);
            name(name, city, PlaceMention.Form.NAME, rank);
        }

        private void name(String name, ExtractedPlace place, PlaceMention.Form form, int rank) {
            String bare = NameForm.withoutArticle(name);
            // Matching is case-sensitive: a name written in lower case ("weSwatini") would match common words.
            if (Character.isUpperCase(bare.charAt(0)) && !notNames.contains(name) && !notNames.contains(bare)) {
                names.add(bare, new GazetteerEntry(place, form, rank, ambiguous.contains(bare)));
            }
        }

        private static String plural(String demonym) {
            return demonym.matches(".*(s|sh|ch|ese|x|z)") ? demonym : demonym + "s";
        }

        private static Double number(String value) {
            return value == null || value.isBlank() ? null : Double.valueOf(value);
        }

        private static List<String> lines(String name) {
            return Lexicon.resourceLines("/gazetteer/" + name);
        }
    }

    public static String cityKey(String name, String iso2) {
        return "city:" + NameForm.key(name) + (iso2 == null ? "" : "|" + iso2);
    }

    /** Readings of a name, best first. */
    static final Comparator<GazetteerEntry> BY_RANK = Comparator.comparingInt(GazetteerEntry::rank);

    public static List<GazetteerEntry> ranked(List<GazetteerEntry> entries) {
        List<GazetteerEntry> sorted = new ArrayList<>(entries);
        sorted.sort(BY_RANK);
        return sorted;
    }
}
