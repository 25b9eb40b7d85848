/**
 * Stage package: {@link org.claimgraph.ingest.places.PlaceFinder} finds the places an article names,
 * from the gazetteer and from the words around them (kind words, "the town of X", datelines), and settles
 * each one's parent for this document ({@link org.claimgraph.ingest.places.PlaceResolver}). It depends only
 * on {@code document}, {@code extraction}, {@code lexicon} and {@code domain}.
 */
package org.claimgraph.ingest.places;
