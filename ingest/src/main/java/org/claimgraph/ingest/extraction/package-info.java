/**
 * The output of the library, the lowest package of ingest: the extracted actors, places, mentions,
 * claims, relations, disputes and quantities, and {@link org.claimgraph.ingest.extraction.CharSpan}, the
 * character span they all point into the body with. Plain immutable records that depend on nothing but
 * {@code org.claimgraph.domain}; the api module writes them to the database.
 */
package org.claimgraph.ingest.extraction;
