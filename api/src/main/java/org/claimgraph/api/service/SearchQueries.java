package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.claimgraph.api.error.InvalidArgumentException;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.SearchHit;
import org.claimgraph.api.graphql.schema.paging.PageRequest;
import org.claimgraph.api.store.ActorRepository;
import org.claimgraph.api.store.LocationRepository;
import org.claimgraph.api.store.SearchRepository;
import org.claimgraph.domain.Actor;
import org.claimgraph.domain.Claim;
import org.claimgraph.domain.Location;
import org.claimgraph.domain.SearchText;

/**
 * Ranked search over actor and place names (with aliases) and claim texts, blind to case and
 * accents. A whole name scores highest, a name that starts with the words next, any other match
 * lowest; a claim scores by how often it says the words.
 */
// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class SearchQueries {

    private static final double WHOLE_NAME = 3.0;
    private static final double NAME_START = 2.0;
    private static final double NAME_PART = 1.0;
    private static final double CLAIM = 0.5;
    private static final double CLAIM_REPEAT = 0.1;

    @Inject
    SearchRepository search;

    @Inject
    ActorRepository actors;

    @Inject
    LocationRepository locations;

    public List<SearchHit> search(String text, Integer first) {
        int limit = PageRequest.of(first, null).first();
        String folded = SearchText.fold(text);
        if (folded.isEmpty()) {
            throw new InvalidArgumentException("text must contain at least one letter or digit");
        }
        List<SearchHit> hits = new ArrayList<>();
        List<Actor> namedActors = search.actorsNamed(folded, limit);
        Map<Long, List<String>> actorAliases =
                actors.aliasesOf(namedActors.stream().map(Actor::getId).toList());
        namedActors.forEach(a -> hits.add(
                new SearchHit(nameScore(a.getSearchNames(), folded), null, GraphMapper.actor(a, actorAliases), null)));
        List<Location> namedPlaces = search.locationsNamed(folded, limit);
        Map<Long, List<String>> placeAliases =
                locations.aliasesOf(namedPlaces.stream().map(Location::getId).toList());
        namedPlaces.forEach(l -> hits.add(new SearchHit(
                nameScore(l.getSearchNames(), folded), null, null, GraphMapper.location(l, placeAliases))));
        for (Claim claim : search.claimsSaying(folded, limit)) {
            hits.add(new SearchHit(claimScore(claim.getSearchText(), folded), GraphMapper.claim(claim), null, null));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
    }

    /** {@code names} is " | name | alias | ... | " in search form. */
    static double nameScore(String names, String folded) {
        if (names.contains(" | " + folded + " | ")) {
            return WHOLE_NAME;
        }
        return names.contains(" | " + folded) ? NAME_START : NAME_PART;
    }

    static double claimScore(String text, String folded) {
        int count = 0;
        for (int at = text.indexOf(folded); at >= 0; at = text.indexOf(folded, at + folded.length())) {
            count++;
        }
        return CLAIM + CLAIM_REPEAT * Math.min(count - 1, 4);
    }
}
