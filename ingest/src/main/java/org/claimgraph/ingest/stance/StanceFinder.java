package org.claimgraph.ingest.stance;

import java.util.List;
import java.util.Set;
import org.claimgraph.domain.Stance;
import org.claimgraph.ingest.document.AttributedClaim;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.extraction.ExtractedClaim;

/**
 * Gives each claim its stance (asserts, denies, hedges) from its words and the verb that introduces
 * it, as {@link StanceClassifier} judges them.
 * <p>Needs: {@link Layers#ATTRIBUTED_CLAIMS}. Adds: {@link Layers#CLAIMS} (same claims, same order).
 */
public final class StanceFinder implements Stage {

    private final StanceClassifier stances = new StanceClassifier();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.ATTRIBUTED_CLAIMS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.CLAIMS);
    }

    @Override
    public void annotate(Document document) {
        List<ExtractedClaim> claims = document.get(Layers.ATTRIBUTED_CLAIMS).stream()
                .map(attributed -> withStance(attributed.claim(), stance(document, attributed)))
                .toList();
        document.put(Layers.CLAIMS, claims);
    }

    private Stance stance(Document document, AttributedClaim attributed) {
        return stances.classify(
                attributed.verb(), document.text(attributed.claim().span()));
    }

    private static ExtractedClaim withStance(ExtractedClaim c, Stance stance) {
        return new ExtractedClaim(
                c.span(),
                c.sentence(),
                c.kind(),
                stance,
                c.speakerKey(),
                c.aboutKeys(),
                c.placeKeys(),
                c.audienceKey(),
                c.when(),
                c.relation());
    }
}
