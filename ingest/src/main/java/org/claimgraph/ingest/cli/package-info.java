/**
 * The command line of the ingest jar ({@code extract}, {@code eval}, {@code bench}): a thin shell over
 * {@link org.claimgraph.ingest.Extractor}, the evaluation and the benchmark.
 */
package org.claimgraph.ingest.cli;
