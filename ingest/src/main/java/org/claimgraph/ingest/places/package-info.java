/**
 * Stage package: {@link org.claimgraph.ingest.places.PlaceFinder} finds the places an article names, from the
 * gazetteer and from the words around them (kind words, "the town of X", datelines), and hands them on as
 * {@link org.claimgraph.ingest.document.PlaceCandidate}s with their readings and a hint where each parent is
 * written; which reading a name means and what its parent is are settled by the next stage, in {@code resolve}.
 * It depends only on {@code document}, {@code extraction}, {@code lexicon} and {@code domain}.
 */
package org.claimgraph.ingest.places;
