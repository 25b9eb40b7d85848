package org.claimgraph.ingest.resolve;

import java.util.LinkedHashSet;
import java.util.Set;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.ingest.extraction.ExtractedActor;

/** An actor being gathered from its mentions while one document is resolved; not shared. */
final class ActorDraft {

    final String key;
    final ActorKind kind;
    String name;
    String title;
    String affiliationKey;
    final Set<String> aliases = new LinkedHashSet<>();

    ActorDraft(String key, ActorKind kind, String name) {
        this.key = key;
        this.kind = kind;
        this.name = name;
    }

    void alias(String alias) {
        if (alias != null && !alias.isBlank()) {
            aliases.add(alias.strip());
        }
    }

    ExtractedActor build() {
        aliases.remove(name);
        return new ExtractedActor(key, name, kind, aliases.stream().toList(), title, affiliationKey);
    }
}
