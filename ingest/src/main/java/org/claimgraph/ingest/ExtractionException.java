package org.claimgraph.ingest;

/** The pipeline's own, documented failure: the text cannot be extracted, and the message says why. */
public class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }
}
