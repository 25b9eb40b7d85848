/**
 * The {@code bulk-ingest} command: reads a folder of articles or a JSON Lines file and ingests each
 * article through {@code intake}, with a progress bar, a summary of what was stored, skipped or rejected,
 * and exit codes. An entry point like {@code graphql}; it starts no HTTP server.
 */
package org.claimgraph.api.bulk;
