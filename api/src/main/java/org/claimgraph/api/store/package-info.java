/**
 * The database: repositories with queries named for their intent and the row types they read (claims as
 * {@code read.ClaimRow}), and the write side of an ingest ({@code ArticleStore}, {@code GraphWriter}:
 * actors and places matched across articles by their resolution key, claims filed under shared
 * propositions). Depends only on {@code domain}, {@code read}, the extraction types of {@code ingest},
 * and configuration.
 */
package org.claimgraph.api.store;
