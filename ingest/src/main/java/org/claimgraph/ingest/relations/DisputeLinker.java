package org.claimgraph.ingest.relations;

import java.util.ArrayList;
import java.util.List;

/**
 * Links each claim that answers another to the claims it answers, by {@link LinkScore}: a denial to the
 * assertions (and hedged assertions) it denies, and a claim giving a rival figure to the earlier claim
 * it contradicts. A link needs a grounded score of at least {@value #THRESHOLD}; an answer keeps only
 * the claims within {@value #MARGIN} of its best score, so that it links to what it answers, not to
 * everything on the same subject.
 */
final class DisputeLinker {

    static final double THRESHOLD = 2.0;
    static final double MARGIN = 1.0;

    /** {@code answer} contradicts {@code claim}; both are claim indexes. */
    record Link(int answer, int claim, double score) {}

    /** The links from each denial to the assertions it answers. */
    List<Link> denials(List<ClaimProfile> profiles) {
        List<Link> links = new ArrayList<>();
        for (ClaimProfile answer : profiles) {
            if (answer.denies()) {
                links.addAll(best(answer, profiles, false));
            }
        }
        return links;
    }

    /** The links from a claim that gives a rival figure to the earlier claims it contradicts. */
    List<Link> rivalFigures(List<ClaimProfile> profiles) {
        List<Link> links = new ArrayList<>();
        for (ClaimProfile answer : profiles) {
            if (!answer.denies() && !answer.figures().isEmpty()) {
                links.addAll(best(answer, profiles.subList(0, answer.index()), true));
            }
        }
        return links;
    }

    private static List<Link> best(ClaimProfile answer, List<ClaimProfile> candidates, boolean rivalFiguresOnly) {
        List<Link> found = new ArrayList<>();
        double best = 0;
        for (ClaimProfile claim : candidates) {
            if (claim.index() == answer.index()
                    || claim.denies()
                    || (rivalFiguresOnly && !answer.competesInFiguresWith(claim))) {
                continue;
            }
            LinkScore score = LinkScore.of(answer, claim);
            if (score.grounded() && score.value() >= THRESHOLD) {
                found.add(new Link(answer.index(), claim.index(), score.value()));
                best = Math.max(best, score.value());
            }
        }
        double floor = best - MARGIN;
        found.removeIf(link -> link.score() < floor);
        return found;
    }
}
