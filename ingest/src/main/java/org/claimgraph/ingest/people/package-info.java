/**
 * Stage package: {@link org.claimgraph.ingest.people.PersonFinder} finds people's names with the
 * titles written next to them and the particles inside them. It depends only on {@code document},
 * {@code extraction}, {@code lexicon} and {@code domain}.
 */
package org.claimgraph.ingest.people;
