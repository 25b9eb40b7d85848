package org.claimgraph.api.persistence;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionFactoryConfiguration;
import io.agroal.api.security.AgroalSecurityProvider;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.h2.Driver;

/**
 * Rewrites the file of an embedded H2 database without the old versions of its pages. H2 leaves them in the file
 * and, on a normal close, compacts for 200 ms at most: a bulk ingest of 500 articles left a 450 MB file that holds
 * 12 MB of data. {@code SHUTDOWN COMPACT} rewrites it whole and closes the database, so this is the last thing a
 * process does with it. PostgreSQL reclaims its space itself (autovacuum): there is nothing to do.
 */
@ApplicationScoped
public class DatabaseFileCompaction {

    /** The file's size before and after, and how long the rewrite took. */
    public record Compacted(Path file, long bytesBefore, long bytesAfter, Duration took) {}

    @Inject
    @Any
    InjectableInstance<AgroalDataSource> dataSources;

    /**
     * Compacts the active database's file and closes the database; empty, and nothing done, when the database
     * is not an H2 file.
     */
    public Optional<Compacted> compactAndClose() {
        AgroalDataSource dataSource = dataSources.getActive();
        try {
            Optional<Path> file;
            try (Connection pooled = dataSource.getConnection()) {
                file = h2File(pooled);
            }
            if (file.isEmpty()) {
                return Optional.empty();
            }
            long before = Files.size(file.get());
            long start = System.nanoTime();
            // a connection of its own: the pool would log a warning on taking back one whose database has closed
            try (Connection own = ownConnection(dataSource
                            .getConfiguration()
                            .connectionPoolConfiguration()
                            .connectionFactoryConfiguration());
                    Statement statement = own.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            return Optional.of(new Compacted(file.get(), before, Files.size(file.get()), took));
        } catch (SQLException e) {
            throw new IllegalStateException("the database file could not be compacted: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A connection outside the pool, made as the pool makes its own: same URL, properties and credentials. */
    private static Connection ownConnection(AgroalConnectionFactoryConfiguration factory) throws SQLException {
        Properties properties = new Properties();
        properties.putAll(factory.jdbcProperties());
        List<Object> secrets = new ArrayList<>(factory.credentials());
        if (factory.principal() != null) {
            secrets.add(factory.principal());
        }
        for (Object secret : secrets) {
            for (AgroalSecurityProvider provider : factory.securityProviders()) {
                Properties translated = provider.getSecurityProperties(secret);
                if (translated != null) {
                    properties.putAll(translated);
                    break;
                }
            }
        }
        return new Driver().connect(factory.jdbcUrl(), properties);
    }

    private static Optional<Path> h2File(Connection connection) throws SQLException {
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement();
                ResultSet path = statement.executeQuery("CALL DATABASE_PATH()")) {
            // null for an in-memory database
            String base = path.next() ? path.getString(1) : null;
            return Optional.ofNullable(base).map(b -> Path.of(b + ".mv.db"));
        }
    }
}
