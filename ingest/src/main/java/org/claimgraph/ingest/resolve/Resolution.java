package org.claimgraph.ingest.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimgraph.domain.ActorKind;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.OrganisationMention;
import org.claimgraph.ingest.document.PlaceMention;
import org.claimgraph.ingest.document.Token;
import org.claimgraph.ingest.document.TokenCover;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.extraction.ExtractedPlace;

/**
 * The working state of resolving one document: its tokens with the place and organisation mention
 * covering each, and the actors and mentions gathered so far. Made per document, never shared.
 */
final class Resolution {

    final Document document;
    final String text;
    final List<Token> tokens;
    final List<PlaceMention> placeMentions;
    final List<OrganisationMention> organisationMentions;
    final Places places;
    /** For each token, the index of the place mention covering it, or -1. */
    final int[] placeAt;
    /** For each token, the index of the organisation mention covering it, or -1. */
    final int[] organisationAt;

    private final Map<String, ActorDraft> actors = new LinkedHashMap<>();
    private final List<ExtractedMention> mentions = new ArrayList<>();
    private final Set<String> wantedCountries = new LinkedHashSet<>();

    Resolution(Document document) {
        this.document = document;
        this.text = document.text();
        this.tokens = document.get(Layers.TOKENS);
        this.placeMentions = document.get(Layers.PLACE_MENTIONS);
        this.organisationMentions = document.get(Layers.ORGANISATION_MENTIONS);
        this.places = new Places(document.get(Layers.PLACES));
        this.placeAt = TokenCover.cover(
                tokens, placeMentions.stream().map(PlaceMention::span).toList());
        this.organisationAt = TokenCover.cover(
                tokens,
                organisationMentions.stream().map(OrganisationMention::span).toList());
    }

    ActorDraft actor(String key, ActorKind kind, String name) {
        return actors.computeIfAbsent(key, k -> new ActorDraft(k, kind, name));
    }

    ActorDraft existing(String key) {
        return actors.get(key);
    }

    void mention(CharSpan span, String actorKey) {
        mentions.add(ExtractedMention.ofActor(span, actorKey));
    }

    /** The key of the actor of the longest mention so far that covers the token {@code token}, or null. */
    String actorCovering(int token) {
        CharSpan span = tokens.get(token).span();
        ExtractedMention best = null;
        for (ExtractedMention m : mentions) {
            if (m.actorKey() != null
                    && m.span().overlaps(span)
                    && (best == null || m.span().length() > best.span().length())) {
                best = m;
            }
        }
        return best == null ? null : best.actorKey();
    }

    void placeMention(CharSpan span, String placeKey) {
        mentions.add(ExtractedMention.ofPlace(span, placeKey));
    }

    /** Asks for a COUNTRY actor with this place key, e.g. as the affiliation of a person or group. */
    /** The country the article names most often (through any of its places), or null. */
    String mainCountry() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PlaceMention mention : placeMentions) {
            ExtractedPlace country = places.countryOf(mention.place());
            if (country != null) {
                counts.merge(country.key(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    void wantCountry(String placeKey) {
        wantedCountries.add(placeKey);
    }

    Set<String> wantedCountries() {
        return wantedCountries;
    }

    String word(int token) {
        return TokenCover.word(tokens.get(token));
    }

    List<ExtractedActor> builtActors() {
        return actors.values().stream().map(ActorDraft::build).toList();
    }

    List<ExtractedMention> builtMentions() {
        List<ExtractedMention> sorted = new ArrayList<>(mentions);
        sorted.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(sorted);
    }
}
