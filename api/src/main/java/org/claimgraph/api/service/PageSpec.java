package org.claimgraph.api.service;

/**
 * Which page to read: at most {@code first} items with ids above {@code afterId}, and whether to count them
 * all ({@code totalWanted}: counting costs a statement that reads every match).
 */
public record PageSpec(int first, long afterId, boolean totalWanted) {

    /** One more than the page size, to learn whether a next page exists. */
    int fetchSize() {
        return first + 1;
    }
}
