/**
 * Stage package: {@link org.claimgraph.ingest.relations.RelationFinder} reads each claim's
 * proposition (subject, predicate, object, negation) and
 * {@link org.claimgraph.ingest.relations.DisputeFinder} the propositions some claims assert and others deny.
 * It depends only on {@code document}, {@code extraction}, {@code lexicon} and {@code domain}.
 */
package org.claimgraph.ingest.relations;
