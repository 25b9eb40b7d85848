/**
 * Ingesting an article: validate the submission, parse it with the ingest pipeline outside any
 * transaction, store it whole in one transaction (the same body once, even when sent at the same
 * moment), then fire {@code GraphChanged}. Also loads the corpus folder at start and times each ingest.
 */
package org.claimgraph.api.intake;
