/**
 * Word lists, tables and name helpers that several stages share: the reader of the shipped resources
 * ({@link org.claimgraph.ingest.lexicon.Lexicon}, {@link org.claimgraph.ingest.lexicon.Csv}), the gazetteer,
 * the organisation and title lexicons, name particles, the match form of names and the phrase index that
 * finds them, and the keys of actors. Loaded once per process. It may read {@code document} and
 * {@code extraction} types but knows no stage.
 */
package org.claimgraph.ingest.lexicon;
