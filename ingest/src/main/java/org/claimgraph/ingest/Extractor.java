package org.claimgraph.ingest;

import java.util.List;
import java.util.Optional;
import org.claimgraph.domain.Article;
import org.claimgraph.ingest.attribute.ClaimFinder;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Pipeline;
import org.claimgraph.ingest.document.Stage;
import org.claimgraph.ingest.extraction.Extraction;
import org.claimgraph.ingest.organisations.OrganisationFinder;
import org.claimgraph.ingest.people.PersonFinder;
import org.claimgraph.ingest.places.PlaceFinder;
import org.claimgraph.ingest.quantities.QuantityFinder;
import org.claimgraph.ingest.relations.DisputeFinder;
import org.claimgraph.ingest.relations.RelationFinder;
import org.claimgraph.ingest.resolve.ActorResolver;
import org.claimgraph.ingest.resolve.PlaceMentionResolver;
import org.claimgraph.ingest.segment.DebrisFinder;
import org.claimgraph.ingest.segment.Segmenter;
import org.claimgraph.ingest.segment.Tokenizer;
import org.claimgraph.ingest.stance.StanceFinder;

/**
 * The entry point of the library: article text in, {@link Extraction} out. Thread-safe; build one
 * per process, since building loads the models and lexicons.
 */
public final class Extractor {

    private final Pipeline pipeline;
    private final ExtractionAssembler assembler = new ExtractionAssembler();

    public Extractor() {
        this(defaultStages());
    }

    Extractor(List<Stage> stages) {
        this.pipeline = Pipeline.of(stages);
    }

    /** The stages of the default pipeline, in order. */
    public static List<Stage> defaultStages() {
        return List.of(
                new DebrisFinder(),
                new Segmenter(),
                new Tokenizer(),
                new PlaceFinder(),
                new PlaceMentionResolver(),
                new OrganisationFinder(),
                new PersonFinder(),
                new ActorResolver(),
                new ClaimFinder(),
                new StanceFinder(),
                new RelationFinder(),
                new QuantityFinder(),
                new DisputeFinder());
    }

    /**
     * Extracts one article body of at most {@link Article#MAX_BODY_LENGTH} characters.
     *
     * @throws ExtractionException when the body is blank or too long
     */
    public Extraction extract(String body) {
        return extract(body, Pipeline.StageTimer.NONE);
    }

    public Extraction extract(String body, Pipeline.StageTimer timer) {
        Optional<String> refusal = Article.bodyRefusal(body);
        if (refusal.isPresent()) {
            throw new ExtractionException(refusal.get());
        }
        Document document = pipeline.annotate(body, timer);
        return assembler.assemble(document);
    }

    public List<String> stageNames() {
        return pipeline.stageNames();
    }
}
