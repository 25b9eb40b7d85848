package org.claimgraph.ingest.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The capital of each country (ISO 3166 alpha-2 key) from the gazetteer's {@code countries.csv}:
 * a capital can stand for its state ("Paris has sent"). Loaded once per process.
 */
final class Capitals {

    private static final Map<String, String> BY_COUNTRY = load();

    private Capitals() {
    }

    static boolean isCapitalOf(String name, String countryKey) {
        return name != null && name.equals(BY_COUNTRY.get(countryKey));
    }

    private static Map<String, String> load() {
        Map<String, String> capitals = new HashMap<>();
        try (InputStream in = Capitals.class.getResourceAsStream("/gazetteer/countries.csv")) {
            if (in == null) {
                return capitals;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String header = reader.readLine();
            for (String line = reader.readLine(); header != null && line != null; line = reader.readLine()) {
                String[] fields = fields(line);
                if (fields.length > 5) {
                    capitals.put(fields[0], fields[5]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gazetteer's countries", e);
        }
        return Map.copyOf(capitals);
    }

    /** Splits one CSV line, honouring double quotes around fields. */
    private static String[] fields(String line) {
        java.util.List<String> fields = new java.util.ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
