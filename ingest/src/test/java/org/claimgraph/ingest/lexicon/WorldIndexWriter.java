package org.claimgraph.ingest.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.claimgraph.domain.LocationKind;

/**
 * Writes the two sorted tables {@link WorldPlaces} reads from GeoNames' world files
 * ({@code gazetteer/world/*.tsv}): first-level divisions as provinces (key: ISO 3166-2 code, else
 * {@code geonames:<id>}), second-level ones as districts (key: GeoNames admin2 code such as
 * {@code CD.11.03}), populated places as cities (key: {@code geonames:<id>}), each with its parent
 * key. Afghanistan's divisions come from {@code af_admin.csv} instead (finer than GeoNames there):
 * an Afghan town hangs under the province of the same ISO code, and national capitals and Afghan
 * towns already in the hand-made files are left out. A name's keys are in reading order: divisions
 * before towns, towns most populous first.
 */
final class WorldIndexWriter {

    private static final String DIR = "/gazetteer/world/";
    private static final String AFGHANISTAN = "AF";

    private final Gazetteer handMade = Gazetteer.handMade();
    private final Map<String, String> afghanProvinces = new HashMap<>();
    /** Keys of first-level divisions by GeoNames code ("PK.02"). */
    private final Map<String, String> admin1 = new HashMap<>();

    private final Set<String> admin2 = new HashSet<>();
    /** Place lines by key, sorted. */
    private final TreeMap<String, String> places = new TreeMap<>();
    /** Keys by name in match form, in the order the names were met: true for a place's own name. */
    private final Map<String, LinkedHashMap<String, Boolean>> names = new HashMap<>();

    /** The name table and the place table, as their files hold them. */
    record Tables(String names, String places) {}

    Tables write() {
        Csv.read("/gazetteer/af_admin.csv", ',').stream()
                .filter(r -> r.get("level").equals("province")
                        && !r.get("iso_3166_2").isEmpty())
                .forEach(r -> afghanProvinces.put(r.get("iso_3166_2"), r.get("pcode")));
        Tsv.read(DIR + "admin1.tsv", 7, this::admin1);
        Tsv.read(DIR + "admin2.tsv", 6, this::admin2);
        List<String[]> towns = new ArrayList<>();
        Tsv.read(DIR + "places.tsv", 11, f -> towns.add(f.clone()));
        towns.sort(Comparator.comparingLong((String[] f) -> population(f[7])).reversed());
        towns.forEach(this::town);
        return new Tables(nameTable(), placeTable());
    }

    /** country, admin1, geonameid, iso3166_2, name, ascii_name, variants */
    private void admin1(String[] f) {
        String code = f[0] + "." + f[1];
        String iso = f[3].isEmpty() ? "" : f[3].split("\\|")[0];
        if (f[0].equals(AFGHANISTAN)) {
            String pcode = afghanProvinces.get(iso);
            if (pcode != null) {
                admin1.put(code, pcode);
            }
            return;
        }
        String key = !iso.isEmpty() ? iso : !f[2].isEmpty() ? "geonames:" + f[2] : code;
        admin1.put(code, key);
        add(key, f[4], f[5], f[6], LocationKind.PROVINCE, "", "", country(f[0]), "", "");
    }

    /** country, admin1, admin2, name, ascii_name, variants */
    private void admin2(String[] f) {
        if (f[0].equals(AFGHANISTAN)) {
            return;
        }
        String key = f[0] + "." + f[1] + "." + f[2];
        admin2.add(key);
        add(
                key,
                f[3],
                f[4],
                f[5],
                LocationKind.DISTRICT,
                "",
                "",
                admin1.getOrDefault(f[0] + "." + f[1], country(f[0])),
                "",
                "");
    }

    /** geonameid, name, ascii_name, variants, country, admin1, admin2, population, feature_code, latitude, longitude */
    private void town(String[] f) {
        String country = f[4];
        // the national capitals of countries.csv and Afghanistan's province capitals are already there, under
        // the country or the province as news and the gold conventions put them
        boolean capital = f[8].equals("PPLC") || country.equals(AFGHANISTAN);
        if (capital
                && (handMade.place(Gazetteer.cityKey(f[1], country)) != null
                        || handMade.place(Gazetteer.cityKey(f[2], country)) != null)) {
            return;
        }
        String parent = f[5].isEmpty() ? null : admin1.get(country + "." + f[5]);
        String district = f[6].isEmpty() ? "" : country + "." + f[5] + "." + f[6];
        LocationKind kind = f[8].equals("PPLX") ? LocationKind.AREA : LocationKind.CITY;
        add(
                "geonames:" + f[0],
                f[1],
                f[2],
                f[3],
                kind,
                f[9],
                f[10],
                parent != null ? parent : country(country),
                admin2.contains(district) ? district : "",
                f[7]);
    }

    private void add(
            String key,
            String name,
            String ascii,
            String variants,
            LocationKind kind,
            String latitude,
            String longitude,
            String parent,
            String district,
            String population) {
        places.putIfAbsent(
                key,
                String.join(
                        "\t",
                        key,
                        name,
                        kind.name(),
                        latitude,
                        longitude,
                        parent == null ? "" : parent,
                        district,
                        population,
                        variants));
        // a name with accents matches in its ASCII form: the body's words are folded the same way
        name(key, ascii.isEmpty() || isAscii(name) ? name : ascii, true);
        if (!variants.isEmpty()) {
            // a division's variants are its names in English and official use; a town's are often other languages'
            boolean own = kind != LocationKind.CITY && kind != LocationKind.AREA;
            for (String variant : variants.split("\\|")) {
                name(key, variant, own);
            }
        }
    }

    /** A name, and the same without apostrophes: "Debre Mark'os" is also "Debre Markos". */
    private void name(String key, String name, boolean own) {
        // matching is case-sensitive: a name written in lower case would match common words
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return;
        }
        String form = NameForm.match(name);
        if (!form.isEmpty()) {
            names.computeIfAbsent(form, f -> new LinkedHashMap<>()).merge(key, own, Boolean::logicalOr);
        }
        if (name.indexOf('\'') >= 0 || name.indexOf('\u2019') >= 0) {
            name(key, name.replace("'", "").replace("\u2019", ""), own);
        }
    }

    private String nameTable() {
        StringBuilder table = new StringBuilder();
        TreeMap<String, LinkedHashMap<String, Boolean>> sorted = new TreeMap<>();
        names.forEach((form, keys) -> sorted.merge(AsciiEscapes.escape(form), keys, (a, b) -> a));
        sorted.forEach((form, keys) -> {
            // a longer official name ("An lung pu tsu miao tsu tzu chih hsien") is not how news names a place
            if (form.split(" ").length <= WorldPlaces.MAX_WORDS) {
                table.append(form);
                keys.forEach((key, own) -> table.append('\t')
                        .append(own ? "" : WorldPlaces.VARIANT)
                        .append(key));
                table.append('\n');
            }
        });
        return table.toString();
    }

    private String placeTable() {
        StringBuilder table = new StringBuilder();
        places.values().forEach(line -> table.append(AsciiEscapes.escape(line)).append('\n'));
        return table.toString();
    }

    private String country(String iso2) {
        return handMade.place(iso2) != null ? iso2 : null;
    }

    private static boolean isAscii(String name) {
        return name.chars().allMatch(c -> c < 128);
    }

    private static long population(String field) {
        return field.isEmpty() ? 0 : Long.parseLong(field);
    }
}
