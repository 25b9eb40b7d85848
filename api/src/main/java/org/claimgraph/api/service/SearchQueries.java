package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.claimgraph.api.error.InvalidArgumentException;
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

    /** The best {@code limit} matches, best first. */
    public List<SearchMatch> search(String text, int limit) {
        String folded = SearchText.fold(text);
        if (folded.isEmpty()) {
            throw new InvalidArgumentException("text must contain at least one letter or digit");
        }
        List<SearchMatch> hits = new ArrayList<>();
        List<Actor> namedActors = search.actorsNamed(folded, limit);
        Function<Actor, Aliased<Actor>> actorAliases = Aliased.readFor(namedActors, actors::aliasesOf, Actor::getId);
        namedActors.forEach(a ->
                hits.add(new SearchMatch(nameScore(a.getSearchNames(), folded), null, actorAliases.apply(a), null)));
        List<Location> namedPlaces = search.locationsNamed(folded, limit);
        Function<Location, Aliased<Location>> placeAliases =
                Aliased.readFor(namedPlaces, locations::aliasesOf, Location::getId);
        namedPlaces.forEach(l ->
                hits.add(new SearchMatch(nameScore(l.getSearchNames(), folded), null, null, placeAliases.apply(l))));
        for (Claim claim : search.claimsSaying(folded, limit)) {
            hits.add(new SearchMatch(claimScore(claim.getSearchText(), folded), claim, null, null));
        }
        hits.sort(Comparator.comparingDouble(SearchMatch::score).reversed());
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
