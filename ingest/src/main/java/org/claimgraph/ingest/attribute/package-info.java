/**
 * Stage package: {@link org.claimgraph.ingest.attribute.ClaimFinder} finds the claims of an article,
 * direct quotes and reported speech, with their speaker, audience, time, actors and places and the verb
 * that introduces them; the stance is left to the {@code stance} stage. It depends only on
 * {@code document}, {@code extraction}, {@code lexicon} and {@code domain}.
 */
package org.claimgraph.ingest.attribute;
