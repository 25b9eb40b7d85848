package org.claimgraph.api.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.claimgraph.api.intake.ArticleSubmission;

/**
 * What the bulk ingester reads: a folder of {@code .txt} articles (one article a file, sorted by
 * name), or a JSON Lines file with one {@code {"title","body","source","url","publishedAt"}} object
 * a line. A file or line that cannot be read becomes an unreadable item; it never ends the run.
 */
abstract sealed class BulkInput permits BulkInput.TextFolder, BulkInput.JsonLines {

    static BulkInput at(Path path) {
        if (Files.isDirectory(path)) {
            return new TextFolder(path);
        }
        if (Files.isRegularFile(path) && path.getFileName().toString().endsWith(".jsonl")) {
            return new JsonLines(path);
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("no such file or folder: " + path);
        }
        throw new IllegalArgumentException(path + " is neither a folder of .txt files nor a .jsonl file");
    }

    /** How many items {@link #read} will hand over, for the progress display. */
    abstract int count();

    abstract void read(Consumer<BulkItem> each);

    static final class TextFolder extends BulkInput {
        private final List<Path> files;

        TextFolder(Path folder) {
            try (Stream<Path> entries = Files.list(folder)) {
                files = entries.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder, e);
            }
        }

        @Override
        int count() {
            return files.size();
        }

        @Override
        void read(Consumer<BulkItem> each) {
            for (Path file : files) {
                String origin = file.getFileName().toString();
                try {
                    each.accept(BulkItem.of(origin, ArticleSubmission.ofBody(strictUtf8(Files.readAllBytes(file)))));
                } catch (CharacterCodingException e) {
                    each.accept(BulkItem.unreadable(origin, "not UTF-8 text"));
                } catch (IOException e) {
                    each.accept(BulkItem.unreadable(origin, "cannot read: " + e.getMessage()));
                }
            }
        }

        private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        }
    }

    static final class JsonLines extends BulkInput {
        private static final ObjectMapper JSON = new ObjectMapper();
        private final Path file;

        JsonLines(Path file) {
            this.file = file;
        }

        @Override
        int count() {
            try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                return (int) lines.filter(line -> !line.isBlank()).count();
            } catch (IOException | UncheckedIOException e) {
                throw new IllegalArgumentException("cannot read " + file + " as UTF-8 text", e);
            }
        }

        @Override
        void read(Consumer<BulkItem> each) {
            String name = file.getFileName().toString();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    if (!line.isBlank()) {
                        each.accept(parse(name + ":" + number, line));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }

        static BulkItem parse(String origin, String line) {
            JsonNode json;
            try {
                json = JSON.readTree(line);
            } catch (IOException e) {
                return BulkItem.unreadable(origin, "not a JSON object");
            }
            if (json == null || !json.isObject()) {
                return BulkItem.unreadable(origin, "not a JSON object");
            }
            JsonNode body = json.get("body");
            if (body == null || !body.isTextual()) {
                return BulkItem.unreadable(origin, "no \"body\" string");
            }
            try {
                return BulkItem.of(
                        origin,
                        new ArticleSubmission(
                                body.asText(),
                                text(json, "title"),
                                text(json, "source"),
                                text(json, "url"),
                                publishedAt(json)));
            } catch (DateTimeParseException e) {
                return BulkItem.unreadable(
                        origin, "\"publishedAt\" is not an ISO-8601 date-time with offset: " + e.getParsedString());
            }
        }

        private static String text(JsonNode json, String field) {
            JsonNode value = json.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        private static OffsetDateTime publishedAt(JsonNode json) {
            String value = text(json, "publishedAt");
            return value == null || value.isBlank() ? null : OffsetDateTime.parse(value);
        }
    }
}
