package org.claimgraph.api.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of claimgraph itself (prefix {@code claimgraph}). */
@ConfigMapping(prefix = "claimgraph")
public interface ClaimgraphConfig {

    Ingest ingest();

    Corpus corpus();

    ResponseCache responseCache();

    Graphql graphql();

    interface Ingest {
        /** Bearer token that ingestArticle requires; without one, the mutation is refused. */
        Optional<String> token();
    }

    interface Corpus {
        /** Whether to ingest the corpus folder at start (articles already stored are skipped). */
        @WithDefault("true")
        boolean load();

        /** Folder of .txt articles to ingest at start, relative to the working directory. */
        @WithDefault("corpus")
        String path();

        /**
         * Whether the process stops once the corpus is loaded: the training start of the build's AppCDS archive
         * ({@code -Dappcds}), which records the classes a start loads, ingest included.
         */
        @WithDefault("false")
        boolean exitAfterLoad();
    }

    interface ResponseCache {
        /** How long a query's result may be answered again without executing it; 0 turns the cache off. */
        @WithDefault("2s")
        Duration ttl();

        /** How many results are kept at most (a nested page of 300 claims takes some 300 KB). */
        @WithDefault("200")
        int entries();
    }

    /** Limits on what one GraphQL operation may cost, over HTTP and the WebSocket alike. */
    interface Graphql {
        /** The most nodes a query may return in the worst case: every page full, nested pages multiplied. */
        @WithDefault("50000")
        long maxNodes();

        /** How long a query may execute; past it the client gets QUERY_TIMEOUT and its fields stop being read. */
        @WithDefault("10s")
        Duration timeout();

        /** The largest answer, in bytes of JSON, a query may return; larger ones get RESPONSE_TOO_LARGE. */
        @WithDefault("10485760")
        long maxResponseBytes();
    }
}
