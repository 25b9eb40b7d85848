package org.claimgraph.api.graphql.runtime;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dataloader.DataLoader;
import org.jboss.logging.Logger;

/**
 * Hands each parent of a batched field ({@code speaker(@Source List<Claim>)}) to the field's data loader without
 * SmallRye GraphQL's per-parent work. SmallRye's {@link BatchDataFetcher} builds a context for every parent (a
 * copy of the request's context with the path, the arguments and the selected fields twice as JSON) and wraps
 * the loader's answer in a Uni; the batch itself then runs with the context of its first parent only, rebuilt
 * by the loader. Here each parent costs its arguments and a map: the loader, the batch and the context the
 * resolver sees are SmallRye's, unchanged. When SmallRye's internals are not what this class expects, its
 * fetcher stays.
 */
final class BatchFieldFetchers {

    private static final Logger LOG = Logger.getLogger(BatchFieldFetchers.class);

    private BatchFieldFetchers() {}

    /** The fields of the schema served by a {@link LoaderFetcher}, as "Type.field". */
    static Set<String> batchedFields(GraphQLSchema schema) {
        return SchemaFetchers.servedBy(schema, LoaderFetcher.class);
    }

    static GraphQLSchema install(GraphQLSchema schema) {
        java.lang.reflect.Field operationOf;
        try {
            operationOf = BatchDataFetcher.class.getDeclaredField("operation");
            operationOf.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warnf("batched fields keep SmallRye GraphQL's data fetcher: %s", e);
            return schema;
        }
        java.lang.reflect.Field operation = operationOf;
        return SchemaFetchers.replace(
                schema,
                fetcher -> fetcher instanceof BatchDataFetcher<?>
                        ? new LoaderFetcher((Operation) operation.get(fetcher))
                        : null);
    }

    /**
     * Queues the parent on the field's data loader with what SmallRye's batch loader reads from the first key's
     * context: the field's arguments (the source left out) and the data fetching environment.
     */
    static final class LoaderFetcher implements DataFetcher<Object> {

        private final ArgumentHelper arguments;
        private final String loaderName;

        LoaderFetcher(Operation operation) {
            this.arguments = new ArgumentHelper(operation.getArguments());
            this.loaderName = new BatchLoaderHelper().getName(operation);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            List<Object> transformed = arguments.getArguments(environment, true);
            Map<String, Object> keyContext = new HashMap<>(4);
            keyContext.put(BatchLoaderHelper.ARGUMENTS, transformed);
            keyContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
            DataLoader<Object, Object> loader = environment.getDataLoader(loaderName);
            return loader.load(environment.getSource(), keyContext);
        }
    }
}
