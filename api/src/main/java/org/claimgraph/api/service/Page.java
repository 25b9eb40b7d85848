package org.claimgraph.api.service;

import java.util.List;
import java.util.function.Function;

/**
 * A page of items read for the API, in id order: the items, whether more follow, and the total (0 when the
 * request did not ask for it). The GraphQL layer turns it into a connection with cursors.
 */
public record Page<T>(List<T> items, boolean hasNext, long totalCount) {

    /** The page from rows read with {@link PageSpec#fetchSize()}: the one row past the page says a next one exists. */
    static <T> Page<T> of(List<T> fetched, PageSpec spec, long totalCount) {
        boolean hasNext = fetched.size() > spec.first();
        return new Page<>(hasNext ? List.copyOf(fetched.subList(0, spec.first())) : fetched, hasNext, totalCount);
    }

    /** The same page with each item mapped. */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), hasNext, totalCount);
    }
}
