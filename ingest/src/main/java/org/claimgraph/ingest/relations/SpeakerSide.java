package org.claimgraph.ingest.relations;

import java.util.Map;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.lexicon.Keys;

/**
 * Whom a speaker speaks for, read up its affiliations: a spokesman of a ministry speaks for the
 * ministry's country, a spokesman of an armed group for the group. "Our forces" in that speaker's
 * mouth are the country's armed forces when the article names them, else the side itself.
 */
final class SpeakerSide {

    private static final String ARMED_FORCES_PREFIX = Keys.armedForces("");
    private static final int MAX_STEPS = 6;

    private final Map<String, ExtractedActor> actors;

    SpeakerSide(Map<String, ExtractedActor> actors) {
        this.actors = actors;
    }

    /** The country or top organisation above the speaker, or null for a person affiliated with none. */
    String sideOf(String speakerKey) {
        ExtractedActor actor = speakerKey == null ? null : actors.get(speakerKey);
        if (actor == null) {
            return null;
        }
        for (int step = 0; step < MAX_STEPS && actor.kind() != ActorKind.COUNTRY; step++) {
            ExtractedActor next = actor.affiliationKey() == null ? null : actors.get(actor.affiliationKey());
            if (next == null) {
                break;
            }
            actor = next;
        }
        return actor.kind() == ActorKind.PERSON || actor.kind() == ActorKind.GROUP ? null : actor.key();
    }

    /** The armed forces the speaker calls "our forces", or null. */
    String forcesOf(String speakerKey) {
        String key = speakerKey;
        for (int step = 0; key != null && step < MAX_STEPS; step++) {
            if (key.startsWith(ARMED_FORCES_PREFIX)) {
                return key;
            }
            ExtractedActor actor = actors.get(key);
            key = actor == null ? null : actor.affiliationKey();
        }
        String side = sideOf(speakerKey);
        String forces = side == null ? null : Keys.armedForces(side);
        return forces != null && actors.containsKey(forces) ? forces : side;
    }

    /** Whether the speaker is {@code key} or belongs to it, through any number of affiliations. */
    boolean speaksFor(String speakerKey, String key) {
        String current = speakerKey;
        for (int step = 0; current != null && step < MAX_STEPS; step++) {
            if (current.equals(key)) {
                return true;
            }
            ExtractedActor actor = actors.get(current);
            current = actor == null ? null : actor.affiliationKey();
        }
        return false;
    }
}
