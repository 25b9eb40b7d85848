package org.claimgraph.ingest.lexicon;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a small CSV or TSV resource with a header line into rows of named fields (Jackson's CSV
 * parser: fields in double quotes may hold the separator). Its lines are read as {@link Lexicon}
 * reads them, so blank lines and {@code #} comments are skipped.
 */
public final class Csv {

    private static final CsvMapper MAPPER =
            CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private Csv() {}

    /** The rows after the header; a field missing at the end of a row is empty, values are trimmed. */
    public static List<Map<String, String>> read(String resource, char separator) {
        List<String[]> records = records(resource, separator);
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = records.isEmpty() ? List.of() : List.of(records.get(0));
        for (String[] fields : records.subList(Math.min(1, records.size()), records.size())) {
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), i < fields.length ? fields[i].strip() : "");
            }
            rows.add(row);
        }
        return List.copyOf(rows);
    }

    /** The values of a field that holds a list separated by ';', without empty ones. */
    public static List<String> list(String field) {
        return field == null || field.isBlank()
                ? List.of()
                : Arrays.stream(field.split(";"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static List<String[]> records(String resource, char separator) {
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(separator);
        String text = String.join("\n", Lexicon.resourceLines(resource));
        try (MappingIterator<String[]> it =
                MAPPER.readerFor(String[].class).with(schema).readValues(text)) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the table " + resource, e);
        }
    }
}
