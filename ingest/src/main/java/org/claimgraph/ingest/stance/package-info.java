/**
 * Stage package: {@link org.claimgraph.ingest.stance.StanceFinder} gives each attributed claim its
 * stance (asserts, denies, hedges), as {@link org.claimgraph.ingest.stance.StanceClassifier} judges it from
 * the claim's words and its verb. It depends only on {@code document}, {@code extraction}, {@code lexicon}
 * and {@code domain}.
 */
package org.claimgraph.ingest.stance;
