package org.claimgraph.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The packaged application ({@code java -jar quarkus-run.jar}) started as a user would start it: on a
 * free port, with a fresh database (see {@link TestDatabase}), the corpus folder and an ingest token. Its output goes
 * to {@code target/app-<port>.log}, one file a run. The system property {@code claimgraph.app.jvm-options} adds options
 * to its JVM, separated by spaces (e.g. {@code -Xmx256m} for the benchmarks).
 */
public final class PackagedApp implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final int port;
    private final String ingestToken;
    private final Path dataDir;
    private final Path log;

    private PackagedApp(Process process, int port, String ingestToken, Path dataDir, Path log) {
        this.process = process;
        this.port = port;
        this.ingestToken = ingestToken;
        this.dataDir = dataDir;
        this.log = log;
    }

    public static PackagedApp start() {
        return start(freshDataDir());
    }

    /** Starts the app on the database in {@code dataDir}, which may hold data of an earlier run. */
    public static PackagedApp start(Path dataDir) {
        return start(dataDir, Map.of());
    }

    /** Starts the app on a fresh database with these environment variables set, e.g. CLAIMGRAPH_CORS_ORIGINS. */
    public static PackagedApp withEnvironment(Map<String, String> environment) {
        return start(freshDataDir(), environment);
    }

    /** Starts the app on the database in {@code dataDir} with these environment variables set. */
    public static PackagedApp start(Path dataDir, Map<String, String> environment) {
        Path jar = projectPath("claimgraph.app.jar", "api/target/quarkus-app/quarkus-run.jar");
        Path corpus = projectPath("claimgraph.corpus.dir", "corpus");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "no packaged app at " + jar.toAbsolutePath() + ": build the api module first");
        }
        int port = freePort();
        String token = UUID.randomUUID().toString();
        Path log = Path.of("target", "app-" + port + ".log");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port,
                "-Dclaimgraph.corpus.path=" + corpus.toAbsolutePath()));
        command.addAll(jvmOptions());
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
            builder.environment().put("CLAIMGRAPH_INGEST_TOKEN", token);
            builder.environment().putAll(TestDatabase.configured().environmentFor(dataDir));
            builder.environment().putAll(environment);
            PackagedApp app = new PackagedApp(builder.start(), port, token, dataDir, log);
            app.awaitReady();
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + jar, e);
        }
    }

    public int port() {
        return port;
    }

    public String baseUri() {
        return "http://localhost:" + port;
    }

    public String ingestToken() {
        return ingestToken;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Where the app's console output goes. */
    public Path logFile() {
        return log;
    }

    /** The process id of the app's JVM, e.g. for {@code jcmd}. */
    public long pid() {
        return process.pid();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the app exited with " + process.exitValue() + "; see " + log);
            }
            if (answers()) {
                return;
            }
            sleep(200);
        }
        close();
        throw new IllegalStateException("the app did not answer within " + START_TIMEOUT + "; see " + log);
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection)
                    URI.create(baseUri() + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGKILL: no shutdown hook, nothing flushed by the JVM; the database sees the process vanish. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(
                    java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * The path a system property names, else {@code relative} to the project root, whether this runs
     * in the it-tests module (failsafe) or in the root folder (a benchmark started with exec:java).
     */
    public static Path projectPath(String property, String relative) {
        String configured = System.getProperty(property);
        if (configured != null) {
            return Path.of(configured);
        }
        Path fromModule = Path.of("..").resolve(relative);
        return Files.exists(fromModule) ? fromModule : Path.of(relative);
    }

    private static List<String> jvmOptions() {
        String options = System.getProperty("claimgraph.app.jvm-options", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    public static Path freshDataDir() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "db-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
