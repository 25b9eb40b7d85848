/**
 * Stage package: {@link org.claimgraph.ingest.quantities.QuantityFinder} finds figures ("about 650
 * fighters") with their unit, approximation, subject, place and claim. It depends only on
 * {@code document}, {@code extraction}, {@code lexicon} and {@code domain}.
 */
package org.claimgraph.ingest.quantities;
