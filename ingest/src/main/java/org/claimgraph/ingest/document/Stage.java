package org.claimgraph.ingest.document;

import java.util.Set;

/**
 * One step of the ingest pipeline: reads the layers it {@link #requires()} from a document and adds
 * the layers it {@link #produces()}. Stages are immutable and thread-safe; lexicons and models are
 * loaded when the stage is built, never while annotating.
 */
public interface Stage {

    Set<Layer<?>> requires();

    Set<Layer<?>> produces();

    void annotate(Document document);

    default String name() {
        return getClass().getSimpleName();
    }
}
