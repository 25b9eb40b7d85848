package org.claimgraph.it;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * The database the packaged app under test stores its graph in, chosen by the system property
 * {@code claimgraph.it.database}: an H2 file inside the app's data folder (the default), or a
 * PostgreSQL database named after that folder on one embedded server shared by the whole run. Either
 * way an app started again on the same data folder finds the data of the earlier run.
 */
public abstract class TestDatabase {

    public static TestDatabase configured() {
        String kind = System.getProperty("claimgraph.it.database", "h2").toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "h2" -> new H2();
            case "postgresql" -> new Postgres();
            default ->
                throw new IllegalArgumentException("claimgraph.it.database must be h2 or postgresql, not " + kind);
        };
    }

    /** Environment variables that point the app at the database of {@code dataDir}, creating it if needed. */
    public abstract Map<String, String> environmentFor(Path dataDir);

    public abstract String name();

    /**
     * A connection straight to the database of {@code dataDir}, past the API: to plant data the API would
     * refuse, or to look at rows as stored. An H2 file belongs to one process: stop its app first.
     */
    public abstract Connection connect(Path dataDir) throws SQLException;

    private static final class H2 extends TestDatabase {
        @Override
        public Map<String, String> environmentFor(Path dataDir) {
            return Map.of("CLAIMGRAPH_DB_URL", url(dataDir));
        }

        @Override
        public Connection connect(Path dataDir) throws SQLException {
            return DriverManager.getConnection(url(dataDir) + ";IFEXISTS=TRUE", "claimgraph", "");
        }

        private static String url(Path dataDir) {
            return "jdbc:h2:file:" + dataDir.resolve("claimgraph").toAbsolutePath();
        }

        @Override
        public String name() {
            return "H2";
        }
    }

    private static final class Postgres extends TestDatabase {
        @Override
        public Map<String, String> environmentFor(Path dataDir) {
            createIfMissing(Server.INSTANCE, database(dataDir));
            return Map.of(
                    "QUARKUS_PROFILE", "pg",
                    "CLAIMGRAPH_DB_URL", url(dataDir),
                    "CLAIMGRAPH_DB_USER", "postgres");
        }

        @Override
        public Connection connect(Path dataDir) throws SQLException {
            return DriverManager.getConnection(url(dataDir), "postgres", "");
        }

        private static String url(Path dataDir) {
            return "jdbc:postgresql://localhost:" + Server.INSTANCE.getPort() + "/" + database(dataDir);
        }

        private static String database(Path dataDir) {
            return "it_"
                    + dataDir.getFileName().toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        }

        @Override
        public String name() {
            return "PostgreSQL";
        }

        private static void createIfMissing(EmbeddedPostgres server, String database) {
            try (Connection connection = server.getPostgresDatabase().getConnection();
                    PreparedStatement exists =
                            connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        return;
                    }
                }
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + database);
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the test database " + database, e);
            }
        }

        /** One server for the whole test run, started on first use and stopped when the JVM exits. */
        private static final class Server {
            static final EmbeddedPostgres INSTANCE = start();

            private static EmbeddedPostgres start() {
                try {
                    EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                        try {
                            server.close();
                        } catch (IOException e) {
                            // the JVM is exiting; the server's folder is temporary
                        }
                    }));
                    return server;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
                }
            }
        }
    }
}
