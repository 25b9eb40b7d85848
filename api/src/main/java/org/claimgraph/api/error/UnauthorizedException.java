package org.claimgraph.api.error;

import io.smallrye.graphql.api.ErrorCode;

/** The operation needs the ingest token, and the request did not carry the right one. */
@ErrorCode("UNAUTHORIZED")
public class UnauthorizedException extends RuntimeException {

    public UnauthorizedException(String message) {
        super(message);
    }
}
