/**
 * The ingest library: article text in, {@link org.claimgraph.ingest.extraction.Extraction} out.
 * {@link org.claimgraph.ingest.Extractor} builds the default pipeline of stages over one
 * {@link org.claimgraph.ingest.document.Document} and assembles the extraction from its layers. This package
 * may use every package below it; nothing below it uses this one.
 */
package org.claimgraph.ingest;
