package org.claimgraph.api.cluster;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.claimgraph.api.events.GraphChanged;
import org.claimgraph.api.intake.ArticleStoredElsewhere;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Carries {@link GraphChanged} between instances that share one PostgreSQL database, through the database
 * itself ({@code LISTEN}/{@code NOTIFY}, no broker): each article this process stores is announced on the
 * channel {@value #CHANNEL} as {@code <instance id>:<article id>}, and each instance listens on a connection
 * of its own and fires the event for articles stored elsewhere. Off on H2, where one process owns the
 * database and events stay in process.
 */
@ApplicationScoped
public class PostgresGraphEvents {

    static final String CHANNEL = "claimgraph_graph";
    private static final Logger LOG = Logger.getLogger(PostgresGraphEvents.class);
    private static final int WAIT_MILLIS = 500;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final String instance = UUID.randomUUID().toString();

    @Inject
    Config config;

    @Inject
    ArticleStoredElsewhere elsewhere;

    private volatile boolean stopping;
    private volatile Thread listener;
    private volatile boolean listenedOnce;

    void onStart(@Observes StartupEvent event) {
        if (!active()) {
            return;
        }
        Thread thread = new Thread(this::listen, "graph-events-listener");
        thread.setDaemon(true);
        listener = thread;
        thread.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        Thread thread = listener;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /**
     * Whether this instance hears of the articles other instances store: once its first {@code LISTEN} is in
     * place (or at once when there is no shared database). Before that an article stored elsewhere would pass it
     * by, so the instance is not ready; a later reconnection is retried and logged, not a readiness matter.
     */
    public boolean hearsOtherInstances() {
        return listenedOnce || !active();
    }

    /** Announces an article this process stored; the other instances hear it, this one ignores its own. */
    void announce(@Observes GraphChanged change) {
        if (!change.here() || !active()) {
            return;
        }
        try (Connection connection = pool().getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, instance + ":" + change.articleId());
            notify.execute();
        } catch (SQLException e) {
            LOG.warnf(
                    "Other instances were not told of article %d (they see it within the response cache's time"
                            + " to live): %s",
                    change.articleId(), e.getMessage());
        }
    }

    private void listen() {
        long backoff = 100;
        while (!stopping) {
            try (Connection connection = connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listenedOnce = true;
                if (backoff > 100) {
                    LOG.info("Listening again for articles stored by other instances");
                }
                backoff = 100;
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (!stopping) {
                    PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            heard(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    return;
                }
                if (backoff == 100) {
                    LOG.warnf("Not listening for articles stored by other instances, trying again: %s", e.getMessage());
                }
                backoff = pause(backoff);
            }
        }
    }

    private void heard(String payload) {
        int colon = payload.lastIndexOf(':');
        if (colon < 0 || payload.substring(0, colon).equals(instance)) {
            return;
        }
        try {
            elsewhere.arrived(Long.parseLong(payload.substring(colon + 1)));
        } catch (RuntimeException e) {
            LOG.errorf("Could not read the article another instance stored (%s): %s", payload, e.getMessage());
        }
    }

    private long pause(long backoff) {
        try {
            Thread.sleep(backoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
        return Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
    }

    private boolean active() {
        return config.getOptionalValue("quarkus.datasource.\"pg\".active", Boolean.class)
                .orElse(false);
    }

    private static AgroalDataSource pool() {
        return Arc.container()
                .select(AgroalDataSource.class, new DataSource.DataSourceLiteral("pg"))
                .get();
    }

    /** A connection of its own, outside the pool: a listening connection is held for the life of the process. */
    private Connection connect() throws SQLException {
        return DriverManager.getConnection(
                config.getValue("quarkus.datasource.\"pg\".jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.\"pg\".username", String.class)
                        .orElse(null),
                config.getOptionalValue("quarkus.datasource.\"pg\".password", String.class)
                        .orElse(""));
    }
}
