/**
 * Measures the extractor's speed over a folder of articles: articles per second and the time each
 * stage takes, for the command line's {@code bench}.
 */
package org.claimgraph.ingest.bench;
