/**
 * Stage package: {@link org.claimgraph.ingest.relations.RelationFinder} reads each claim's
 * proposition (subject, predicate, object, negation) and
 * {@link org.claimgraph.ingest.relations.DisputeFinder} the disputes: propositions some claims assert and others
 * deny, and denials linked by {@link org.claimgraph.ingest.relations.DisputeLinker} to the claims they answer.
 * It depends only on {@code document}, {@code extraction}, {@code lexicon} and {@code domain}.
 */
package org.claimgraph.ingest.relations;
