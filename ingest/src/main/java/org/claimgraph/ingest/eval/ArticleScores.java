package org.claimgraph.ingest.eval;

/** Every figure of evaluation.md for one article. */
public record ArticleScores(
        String article,
        Score actors,
        Accuracy actorKind,
        Score locations,
        Accuracy locationKind,
        Accuracy locationParent,
        Score claims,
        Accuracy speaker,
        Accuracy stance,
        Accuracy claimKind,
        Score quantities,
        Accuracy disputeRecall) {}
