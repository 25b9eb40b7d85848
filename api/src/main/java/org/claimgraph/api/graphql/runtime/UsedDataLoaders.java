package org.claimgraph.api.graphql.runtime;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.concurrent.ConcurrentHashMap;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * Gives each execution a registry of only the data loaders its fields use. SmallRye GraphQL registers a loader
 * for every batched field of the schema in every request, and graphql-java dispatches the whole registry each
 * time a level of the response completes: some forty loaders (a lock and a clock reading each) several times
 * per request, almost all of them with nothing queued. The loaders are SmallRye's own, taken from its registry
 * when a field first asks for one by name.
 */
final class UsedDataLoaders extends SimplePerformantInstrumentation {

    @Override
    public ExecutionInput instrumentExecutionInput(
            ExecutionInput input, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        DataLoaderRegistry all = input.getDataLoaderRegistry();
        if (all == null || all instanceof Used) {
            return input;
        }
        return input.transform(b -> b.dataLoaderRegistry(new Used(all)));
    }

    /** The loaders asked for so far; dispatching the registry dispatches only these. */
    static final class Used extends DataLoaderRegistry {

        private final DataLoaderRegistry all;

        Used(DataLoaderRegistry all) {
            super(new ConcurrentHashMap<>(), all.getInstrumentation());
            this.all = all;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> DataLoader<K, V> getDataLoader(String key) {
            DataLoader<?, ?> loader = dataLoaders.get(key);
            if (loader == null) {
                loader = all.getDataLoader(key);
                if (loader != null) {
                    DataLoader<?, ?> earlier = dataLoaders.putIfAbsent(key, loader);
                    loader = earlier == null ? loader : earlier;
                }
            }
            return (DataLoader<K, V>) loader;
        }
    }
}
