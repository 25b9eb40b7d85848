package org.claimgraph.ingest.relations;

import java.util.Set;

/**
 * How strongly one claim answers another, as one number: the sum of the signals below. A link needs
 * something the two statements say in common (a content word, the same typed proposition, a reference
 * to the other's speaker or words, or the accused referring to an accusation: "the militia denied the
 * allegations"); names alone never link, since the same few actors and places run through a whole
 * article.
 *
 * <table>
 * <caption>Signals and weights</caption>
 * <tr><th>signal</th><th>weight</th></tr>
 * <tr><td>each shared content word or word class</td><td>{@value #WORD}</td></tr>
 * <tr><td>each shared participant (actor as its party, place)</td><td>{@value #PARTICIPANT}</td></tr>
 * <tr><td>the same typed proposition, taken in opposite senses</td><td>{@value #SAME_PROPOSITION}</td></tr>
 * <tr><td>the answer refers to a statement ("the allegations", "that was not true")</td><td>{@value #REFERENCE}</td></tr>
 * <tr><td>... and names as its owner the other's speaker or party</td><td>{@value #OWNED_REFERENCE} more</td></tr>
 * <tr><td>... or with a noun the other's sentence uses ("the report" and "a report said")</td><td>{@value #NAMED_REFERENCE} more</td></tr>
 * <tr><td>the answering speaker's party is named in the claim (the accused answers)</td><td>{@value #ACCUSED_ANSWERS}</td></tr>
 * <tr><td>different figures for one unit (5 soldiers against 62)</td><td>{@value #COMPETING_FIGURES}</td></tr>
 * </table>
 */
record LinkScore(double value, boolean grounded) {

    static final double WORD = 1.0;
    static final double PARTICIPANT = 0.5;
    static final double SAME_PROPOSITION = 3.0;
    static final double REFERENCE = 1.0;
    static final double OWNED_REFERENCE = 1.0;
    static final double NAMED_REFERENCE = 1.0;
    static final double ACCUSED_ANSWERS = 1.0;
    static final double COMPETING_FIGURES = 1.0;

    static final LinkScore NONE = new LinkScore(0, false);

    /** The score of {@code answer} (a denial, or a rival figure) answering {@code claim}. */
    static LinkScore of(ClaimProfile answer, ClaimProfile claim) {
        if (answer.sameSideAs(claim)) {
            return NONE;
        }
        int sharedWords = shared(answer.words(), claim.words());
        boolean sameProposition =
                answer.proposition() != null && answer.proposition().equals(claim.proposition());
        boolean owned = answer.reference() != null
                && answer.reference().ownerKey() != null
                && (answer.reference().ownerKey().equals(claim.speakerKey())
                        || claim.parties().contains(answer.reference().ownerKey()));
        boolean named = answer.reference() != null
                && answer.reference().noun() != null
                && claim.frame().contains(ReferenceCue.stem(answer.reference().noun()));
        double value = WORD * sharedWords + PARTICIPANT * shared(answer.participants(), claim.participants());
        if (sameProposition) {
            value += SAME_PROPOSITION;
        }
        if (answer.reference() != null) {
            value += REFERENCE + (owned ? OWNED_REFERENCE : 0) + (named ? NAMED_REFERENCE : 0);
        }
        boolean accused = answer.parties().stream().anyMatch(claim.participants()::contains);
        if (accused) {
            value += ACCUSED_ANSWERS;
        }
        if (answer.competesInFiguresWith(claim)) {
            value += COMPETING_FIGURES;
        }
        boolean referredToByTheAccused = answer.reference() != null && accused;
        return new LinkScore(value, sharedWords > 0 || sameProposition || owned || named || referredToByTheAccused);
    }

    private static int shared(Set<String> a, Set<String> b) {
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        int shared = 0;
        for (String item : small) {
            if (large.contains(item)) {
                shared++;
            }
        }
        return shared;
    }
}
