package org.claimgraph.ingest.document;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedDispute;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.extraction.ExtractedQuantity;
import org.claimgraph.ingest.extraction.ExtractedRelation;

/**
 * The layers a document can carry, in the order the default pipeline adds them. Each list is in
 * body order.
 */
public final class Layers {

    /** {@code List<CharSpan>}: page furniture to ignore ("leave a reply:", "Share this article"). */
    public static final Layer<List<CharSpan>> DEBRIS = Layer.of("debris", List.class);
    /** {@code Optional<CharSpan>}: the headline, when the first line is one. */
    public static final Layer<Optional<CharSpan>> TITLE = Layer.of("title", Optional.class);
    /** {@code List<CharSpan>}: paragraphs of the article text, without title and debris. */
    public static final Layer<List<CharSpan>> PARAGRAPHS = Layer.of("paragraphs", List.class);
    /** {@code List<Sentence>}. */
    public static final Layer<List<Sentence>> SENTENCES = Layer.of("sentences", List.class);
    /** {@code List<Token>}: every token, tagged, in body order. */
    public static final Layer<List<Token>> TOKENS = Layer.of("tokens", List.class);

    /** {@code PlaceCandidates}: the places named, in body order, before each one's reading and parent is settled. */
    public static final Layer<PlaceCandidates> PLACE_CANDIDATES = Layer.of("place candidates", PlaceCandidates.class);
    /** {@code List<PlaceMention>}: gazetteer and context places, and demonyms. */
    public static final Layer<List<PlaceMention>> PLACE_MENTIONS = Layer.of("place mentions", List.class);
    /** {@code Map<String, ExtractedPlace>} by key: every place mentioned and each of their parents. */
    public static final Layer<Map<String, ExtractedPlace>> PLACES = Layer.of("places", Map.class);
    /** {@code List<OrganisationMention>}. */
    public static final Layer<List<OrganisationMention>> ORGANISATION_MENTIONS =
            Layer.of("organisation mentions", List.class);
    /** {@code List<PersonMention>}: names of people, titled or not. */
    public static final Layer<List<PersonMention>> PERSON_MENTIONS = Layer.of("person mentions", List.class);

    /** {@code List<ExtractedActor>}: one per real-world entity of the article. */
    public static final Layer<List<ExtractedActor>> ACTORS = Layer.of("actors", List.class);
    /** {@code List<ExtractedMention>}: every span resolved to an actor or a place. */
    public static final Layer<List<ExtractedMention>> MENTIONS = Layer.of("mentions", List.class);

    /**
     * {@code List<AttributedClaim>}: quotes and reported speech with speaker, audience, time and the verb
     * that introduces them; no stance yet.
     */
    public static final Layer<List<AttributedClaim>> ATTRIBUTED_CLAIMS = Layer.of("attributed claims", List.class);
    /** {@code List<ExtractedClaim>}: the attributed claims with their stance, in the same order. */
    public static final Layer<List<ExtractedClaim>> CLAIMS = Layer.of("claims", List.class);
    /** {@code Map<Integer, ExtractedRelation>}: the proposition of a claim, by the claim's index in CLAIMS. */
    public static final Layer<Map<Integer, ExtractedRelation>> CLAIM_RELATIONS = Layer.of("claim relations", Map.class);
    /** {@code List<ExtractedDispute>}: propositions that some claims of the article assert and others deny. */
    public static final Layer<List<ExtractedDispute>> DISPUTES = Layer.of("disputes", List.class);
    /** {@code List<ExtractedQuantity>}. */
    public static final Layer<List<ExtractedQuantity>> QUANTITIES = Layer.of("quantities", List.class);

    private Layers() {}
}
