package org.claimgraph.api.graphql;

import org.claimgraph.api.error.ClientText;
import org.claimgraph.api.error.InvalidArgumentException;

/** Parses the API's IDs (decimal numbers), with a client error for anything else. */
final class Ids {

    private Ids() {}

    static Long parse(String id, String argument) {
        if (id == null) {
            return null;
        }
        try {
            long value = Long.parseLong(id.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidArgumentException(argument + " is not a valid ID: " + ClientText.quoted(id));
    }
}
