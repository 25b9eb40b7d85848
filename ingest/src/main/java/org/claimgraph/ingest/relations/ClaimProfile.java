package org.claimgraph.ingest.relations;

import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.extraction.Proposition;

/**
 * What {@link DisputeLinker} compares about one claim.
 *
 * @param index the claim's index in the article
 * @param stance the claim's stance
 * @param speakerKey the speaker, or null
 * @param party the organisation, group, person or country the speaker stands for (not a country's
 *     organisations merged into the country: a police force and the farmers it fired on are both Afghan)
 * @param parties what the speaker may also stand for, up to its country: an accusation naming any of
 *     them accuses the speaker
 * @param words the claim's content words ({@link ContentWords})
 * @param participants actors (as their party) and places the claim names
 * @param figures the values the claim gives, by unit ("soldiers" → {5})
 * @param reference the statement the claim points at, when it is a denial that does; else null
 * @param proposition the claim's typed proposition when complete, else null
 * @param frame the stems of every word of the claim's sentence, framing words included ("report",
 *     "alleged"), which a denial's reference ("the report", "the allegations") may name
 */
record ClaimProfile(
        int index,
        Stance stance,
        String speakerKey,
        String party,
        Set<String> parties,
        Set<String> words,
        Set<String> participants,
        Map<String, Set<Double>> figures,
        ReferenceCue.Reference reference,
        Proposition proposition,
        Set<String> frame) {

    /**
     * This denial read together with another denial of the same speaker in the same paragraph ("He said
     * that was not true. No one had been killed there."): one answer, said in two claims.
     */
    ClaimProfile pooledWith(ClaimProfile other) {
        Set<String> pooledWords = new java.util.HashSet<>(words);
        pooledWords.addAll(other.words);
        Set<String> pooledParticipants = new java.util.HashSet<>(participants);
        pooledParticipants.addAll(other.participants);
        return new ClaimProfile(
                index,
                stance,
                speakerKey,
                party,
                parties,
                pooledWords,
                pooledParticipants,
                figures,
                reference != null ? reference : other.reference,
                proposition,
                frame);
    }

    boolean denies() {
        return stance == Stance.DENIES;
    }

    /** Whether the two claims come from one speaker or one party, so they cannot dispute each other. */
    boolean sameSideAs(ClaimProfile other) {
        if (speakerKey != null && speakerKey.equals(other.speakerKey)) {
            return true;
        }
        return party != null && party.equals(other.party);
    }

    /** Whether the two claims give different values for one unit and none in common. */
    boolean competesInFiguresWith(ClaimProfile other) {
        for (Map.Entry<String, Set<Double>> unit : figures.entrySet()) {
            Set<Double> theirs = other.figures.get(unit.getKey());
            if (theirs != null && theirs.stream().noneMatch(unit.getValue()::contains)) {
                return true;
            }
        }
        return false;
    }
}
