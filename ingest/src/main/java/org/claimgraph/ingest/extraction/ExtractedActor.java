package org.claimgraph.ingest.extraction;

import java.util.List;
import org.claimgraph.domain.ActorKind;

/**
 * A person, organisation, country or group of the article, one per real-world entity.
 * {@code affiliationKey} names another actor of the same extraction, or is null.
 */
public record ExtractedActor(
        String key, String name, ActorKind kind, List<String> aliases, String title, String affiliationKey) {

    public ExtractedActor {
        aliases = List.copyOf(aliases);
    }
}
