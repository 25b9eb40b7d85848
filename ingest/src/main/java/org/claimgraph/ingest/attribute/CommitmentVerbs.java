package org.claimgraph.ingest.attribute;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.claimgraph.ingest.lexicon.Lexicon;

/**
 * Verbs of saying that report speech only with their complement ({@code lexicon/commitment-verbs.tsv}):
 * "vowed to P", "urged X to P", "accused X of P", or "that P". Immutable.
 */
final class CommitmentVerbs {

    /** The most tokens of an object before its complement: "urged the residents of the two villages to". */
    private static final int OBJECT_REACH = 8;

    private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", ":", "and", "but");
    /** Marks that end an object: "and" does not ("accused the army and the police of"). */
    private static final Set<String> OBJECT_ENDS = Set.of(",", ".", ";", ":");

    private record Complement(String word, boolean afterObject) {}

    private final Map<String, Complement> complements = new HashMap<>();

    CommitmentVerbs() {
        for (String line : Lexicon.lines("commitment-verbs.tsv")) {
            String[] columns = line.split("\t");
            complements.put(columns[0], new Complement(columns[1], columns[2].equals("object")));
        }
    }

    /**
     * Whether the verb at {@code k} reports speech: any verb outside the lexicon; a listed one when its
     * complement opens at {@code next} (the first token past the verb's adjuncts) or within a short object,
     * or when nothing follows it in the clause ("..., the commander vowed."); never with a reciprocal object.
     */
    boolean reportsSpeech(Discourse d, int k, int next, int end) {
        Complement complement = complements.get(d.lower(k));
        if (complement == null || next >= end || d.is(next, CLAUSE_ENDS) || d.is(next, "that")) {
            return true;
        }
        if (d.is(next, "each") && d.is(next + 1, "other") || d.is(next, "one") && d.is(next + 1, "another")) {
            return false; // "A and B accused each other of P": two opposed speakers, neither one's claim
        }
        if (!complement.afterObject()) {
            return d.is(next, complement.word()) || d.is(next, "not") && d.is(next + 1, complement.word());
        }
        for (int j = next + 1; j < end && j - next <= OBJECT_REACH && !d.is(j, OBJECT_ENDS); j++) {
            if (d.is(j, complement.word())) {
                return true;
            }
        }
        return false;
    }
}
