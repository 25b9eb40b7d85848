package org.claimgraph.api.graphql.runtime;

import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.spi.EventingService;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.claimgraph.api.config.ClaimgraphConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

/**
 * Completes the GraphQL engine SmallRye GraphQL builds: adds {@link FragmentExpansion}, {@link IntLiterals},
 * the {@link NodeLimit}, the {@link ResponseSizeLimit} and {@link ErrorCodes} after the instrumentation SmallRye configured (its query cache and the depth and
 * complexity limits), which its builder does not expose, all in one {@link OperationInstrumentation} (no
 * field hooks), holds queries to a time limit ({@link QueryDeadline}), serves plain record properties with {@link TrivialFieldFetchers}
 * and queues the parents of batched fields with {@link BatchFieldFetchers}, looks fields up without matching
 * SmallRye's empty block list ({@link FieldVisibility}), and answers queries asked
 * again from the {@link ResponseCache}.
 * <p>A SmallRye GraphQL eventing service (found by {@link java.util.ServiceLoader}, always on: no config key)
 * rather than a CDI observer of the builder: CDI events ({@code quarkus.smallrye-graphql.events.enabled}) would
 * also fire an event for every field of every response, which cost a tenth of a nested query's time.
 */
public final class GraphQLSetup implements EventingService {

    private static final Logger LOG = Logger.getLogger(GraphQLSetup.class);

    /** The CDI bean, looked up at the first query: this class is made by the ServiceLoader, before CDI is asked. */
    private static final class CacheLookup implements Supplier<ResponseCache> {
        private volatile ResponseCache cache;

        @Override
        public ResponseCache get() {
            ResponseCache found = cache;
            if (found == null) {
                found = Arc.container().instance(ResponseCache.class).get();
                cache = found;
            }
            return found;
        }
    }

    @Override
    public String getConfigKey() {
        return null; // always enabled
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        int maxComplexity = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.smallrye-graphql.instrumentation-query-complexity", Integer.class)
                .orElse(1000);
        GraphQL built = builder.build();
        List<Instrumentation> chain = new ArrayList<>();
        // one flat chain: a chain inside a chain keeps a context per field at each level
        if (built.getInstrumentation() instanceof ChainedInstrumentation configured) {
            chain.addAll(configured.getInstrumentations());
        } else {
            chain.add(built.getInstrumentation());
        }
        ClaimgraphConfig.Graphql limits = ConfigProvider.getConfig()
                .unwrap(SmallRyeConfig.class)
                .getConfigMapping(ClaimgraphConfig.class)
                .graphql();
        chain.addAll(List.of(
                new FragmentExpansion(maxComplexity),
                new IntLiterals(),
                new NodeLimit(limits.maxNodes()),
                new ResponseSizeLimit(limits.maxResponseBytes()),
                new ErrorCodes(),
                new UsedDataLoaders()));
        GraphQLSchema schema = FieldVisibility.unblocked(
                BatchFieldFetchers.install(TrivialFieldFetchers.install(built.getGraphQLSchema())));
        builder.schema(schema).instrumentation(new OperationInstrumentation(chain));
        // SmallRye leaves graphql-java's default query strategy, with its own exception handler
        boolean caching = built.getQueryStrategy().getClass() == AsyncExecutionStrategy.class;
        if (caching) {
            builder.queryExecutionStrategy(
                    new CachingQueryStrategy(new ExceptionHandler(), new CacheLookup(), limits.timeout()));
        } else {
            LOG.warnf(
                    "queries are not answered from the response cache nor held to the time limit: SmallRye"
                            + " GraphQL's query strategy is %s",
                    built.getQueryStrategy().getClass().getName());
        }
        installed = new Installed(
                TrivialFieldFetchers.directFields(schema),
                BatchFieldFetchers.batchedFields(schema),
                FieldVisibility.isPlain(schema),
                caching,
                chain.stream().map(i -> i.getClass().getSimpleName()).toList());
        return builder;
    }

    /**
     * What the last engine built got of the speed-ups above, which lean on SmallRye GraphQL's internals: an
     * upgrade that changes them turns a speed-up off without an error, and a test reads this to notice.
     */
    public record Installed(
            Set<String> directFields,
            Set<String> batchedFields,
            boolean plainFieldVisibility,
            boolean responseCacheStrategy,
            List<String> instrumentations) {}

    private static volatile Installed installed;

    /** Empty until the first engine is built. */
    public static Optional<Installed> installed() {
        return Optional.ofNullable(installed);
    }
}
