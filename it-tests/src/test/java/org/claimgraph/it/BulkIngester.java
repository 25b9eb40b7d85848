package org.claimgraph.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged app's {@code bulk-ingest} command run as an operator runs it, on the database of a data
 * folder (see {@link TestDatabase}); its output goes to a log file the test reads.
 */
public final class BulkIngester {

    private static final Pattern SUMMARY =
            Pattern.compile("(\\d+) stored, (\\d+) skipped as already stored, (\\d+) rejected");

    private final Process process;
    private final Path log;

    private BulkIngester(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    public static BulkIngester start(Path dataDir, Path input, String... options) {
        Path jar = PackagedApp.projectPath("claimgraph.app.jar", "api/target/quarkus-app/quarkus-run.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar.toAbsolutePath().toString(),
                "bulk-ingest",
                input.toAbsolutePath().toString()));
        command.addAll(List.of(options));
        try {
            Path log = Files.createTempFile(Path.of("target").toAbsolutePath(), "bulk-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(TestDatabase.configured().environmentFor(dataDir));
            return new BulkIngester(builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the run to end (at most 3 minutes); returns its exit code. */
    public int exitCode() throws InterruptedException {
        return exitCode(Duration.ofMinutes(3));
    }

    /** Waits for the run to end; returns its exit code. */
    public int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("bulk-ingest did not finish in " + timeout + "; see " + log);
        }
        return process.exitValue();
    }

    /** Waits until the output contains {@code text}. */
    void awaitOutput(String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!output().contains(text)) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("bulk-ingest never printed '" + text + "':\n" + output());
            }
            Thread.sleep(50);
        }
    }

    /** SIGKILL: no shutdown hook, no rollback by the JVM; the database sees the connection drop. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** The run's closing count of articles: stored, skipped as already stored, rejected. */
    public List<Integer> summary() {
        Matcher m = SUMMARY.matcher(output());
        if (!m.find()) {
            throw new AssertionError("no summary in:\n" + output());
        }
        return List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    public String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
