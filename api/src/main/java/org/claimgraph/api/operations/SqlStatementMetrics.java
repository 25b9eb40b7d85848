package org.claimgraph.api.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Unremovable;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares, for {@code /q/metrics}: {@code claimgraph_sql_statements_total}.
 * Divided by the requests served over the same time it gives statements per request, which must not grow
 * with the rows a query returns (the load benchmark prints it). Costs one counter increment a statement.
 */
// Unremovable: Quarkus keeps extension beans annotated once, not those with the repeated annotation.
@Unremovable
@ApplicationScoped
@PersistenceUnitExtension("h2")
@PersistenceUnitExtension("pg")
public class SqlStatementMetrics implements StatementInspector {

    private final Counter statements;

    @Inject
    public SqlStatementMetrics(MeterRegistry registry) {
        this.statements = Counter.builder("claimgraph.sql.statements")
                .description("SQL statements prepared by Hibernate")
                .register(registry);
    }

    /** Statements prepared since the start. */
    public long count() {
        return (long) statements.count();
    }

    @Override
    public String inspect(String sql) {
        statements.increment();
        return sql;
    }
}
