package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.claimgraph.api.store.ClaimRepository;
import org.claimgraph.api.store.LocationRepository;
import org.claimgraph.api.store.MentionRepository;
import org.claimgraph.domain.Location;
import org.claimgraph.domain.LocationKind;

/** Reads places for the API, with their aliases; districts are the places of kind DISTRICT. */
// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class LocationQueries {

    @Inject
    LocationRepository locations;

    @Inject
    ClaimRepository claims;

    @Inject
    MentionRepository mentions;

    /** A page of the places of a kind, under a parent, and/or whose name or an alias contains {@code name}. */
    public Page<Aliased<Location>> page(
            LocationKind kind, String name, Long parentId, PageSpec spec, boolean withAliases) {
        Page<Location> page = Page.of(
                locations.pageAfter(kind, name, parentId, spec.afterId(), spec.fetchSize()),
                spec,
                spec.totalWanted() ? locations.count(kind, name, parentId) : 0);
        return page.map(Aliased.readFor(page.items(), aliasesOf(withAliases), Location::getId));
    }

    public Optional<Aliased<Location>> byId(long id, boolean withAliases) {
        return Optional.ofNullable(byIds(List.of(id), withAliases).get(0));
    }

    /** The place with that id if it is a district. */
    public Optional<Aliased<Location>> districtById(long id, boolean withAliases) {
        return locations
                .findById(id)
                .filter(l -> l.getKind() == LocationKind.DISTRICT)
                .map(l -> new Aliased<>(
                        l, aliasesOf(withAliases).apply(List.of(id)).getOrDefault(id, List.of())));
    }

    /** For each claim, the places it is about or was made in. */
    public List<List<Aliased<Location>>> ofClaims(List<Long> claimIds) {
        return Aliased.eachOf(
                Grouped.by(claimIds, claims.locationsOf(claimIds)), locations::aliasesOf, Location::getId);
    }

    /** For each article, the places it mentions. */
    public List<List<Aliased<Location>>> mentionedIn(List<Long> articleIds) {
        return Aliased.eachOf(
                Grouped.by(articleIds, mentions.locationsOf(articleIds)), locations::aliasesOf, Location::getId);
    }

    /** For each actor, a page of the places of the claims it made or is about, in id order. */
    public List<Page<Aliased<Location>>> ofClaimsBy(List<Long> actorIds, PageSpec spec, boolean withAliases) {
        List<Long> distinct = Aligned.present(actorIds);
        return withAliases(
                IdPages.pages(
                        actorIds,
                        locations.firstIdsOfClaimsBy(distinct, spec.afterId(), spec.fetchSize()),
                        spec.totalWanted() ? locations.countsOfClaimsBy(distinct) : Map.of(),
                        spec,
                        locations::findByIds,
                        Location::getId),
                withAliases);
    }

    /** For each place, a page of the places directly inside it. */
    public List<Page<Aliased<Location>>> children(List<Long> ids, PageSpec spec) {
        List<Long> distinct = Aligned.present(ids);
        return withAliases(
                IdPages.pages(
                        ids,
                        locations.firstChildIds(distinct, spec.afterId(), spec.fetchSize()),
                        spec.totalWanted() ? locations.childCounts(distinct) : Map.of(),
                        spec,
                        locations::findByIds,
                        Location::getId),
                true);
    }

    /** The pages with each place's aliases, read in one statement for all pages, or none when not wanted. */
    private List<Page<Aliased<Location>>> withAliases(List<Page<Location>> pages, boolean withAliases) {
        Map<Long, List<String>> aliases = aliasesOf(withAliases)
                .apply(pages.stream()
                        .flatMap(p -> p.items().stream())
                        .map(Location::getId)
                        .distinct()
                        .toList());
        return pages.stream()
                .map(p -> p.map(Aliased.from(aliases, Location::getId)))
                .toList();
    }

    /** One place per id, in the order asked, null where an id is null or unknown. */
    public List<Aliased<Location>> byIds(List<Long> ids) {
        return byIds(ids, true);
    }

    /** As {@link #byIds(List)}, with the aliases read only if {@code withAliases}. */
    public List<Aliased<Location>> byIds(List<Long> ids, boolean withAliases) {
        List<Long> wanted = Aligned.present(ids);
        List<Location> loaded = wanted.isEmpty() ? List.of() : locations.findByIds(wanted);
        return Aligned.to(
                ids,
                loaded,
                Location::getId,
                Aliased.from(aliasesOf(withAliases).apply(wanted), Location::getId));
    }

    /** The aliases of places (a statement), or none when they are not wanted. */
    private Function<List<Long>, Map<Long, List<String>>> aliasesOf(boolean withAliases) {
        return withAliases ? locations::aliasesOf : ids -> Map.of();
    }
}
