package org.claimgraph.api.error;

import io.smallrye.graphql.api.ErrorCode;

/** A request argument the API cannot accept; the message tells the client what to change. */
@ErrorCode("BAD_USER_INPUT")
public class InvalidArgumentException extends RuntimeException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
