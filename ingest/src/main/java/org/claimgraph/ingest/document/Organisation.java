package org.claimgraph.ingest.document;

import java.util.List;

/** A known organisation with its aliases; {@code parentKey} names the organisation it is a branch of. */
public record Organisation(String key, String name, List<String> aliases, String parentKey) {

    public Organisation {
        aliases = List.copyOf(aliases);
    }
}
