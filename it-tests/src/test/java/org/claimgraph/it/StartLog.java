package org.claimgraph.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** What an app's console output says that an operator would have to look into: warnings and errors. */
final class StartLog {

    /**
     * A log line at WARN or ERROR level ({@code 2026-12-05 12:51:23,189 WARN  [category] ...}), the JVM's own warnings
     * ({@code OpenJDK 64-Bit Server VM warning: ...}, {@code [0.1s][warning][cds] ...}) and the {@code WARNING:} lines
     * libraries print to the console themselves.
     */
    private static final Pattern WARNING = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2} [\\d:,.]+ +(WARN|ERROR) |VM warning|\\[warning\\]|^WARNING\\b|^SEVERE\\b");

    private StartLog() {}

    /** The warning and error lines of the app's log, in order. */
    static List<String> warnings(PackagedApp app) {
        return warnings(app.logFile());
    }

    static List<String> warnings(Path log) {
        try {
            return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> WARNING.matcher(line).find())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + log, e);
        }
    }
}
