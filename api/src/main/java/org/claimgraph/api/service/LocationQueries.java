package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.claimgraph.api.graphql.schema.District;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.Location;
import org.claimgraph.api.graphql.schema.paging.Connection;
import org.claimgraph.api.graphql.schema.paging.Connections;
import org.claimgraph.api.graphql.schema.paging.PageRequest;
import org.claimgraph.api.store.ClaimRepository;
import org.claimgraph.api.store.LocationRepository;
import org.claimgraph.api.store.MentionRepository;
import org.claimgraph.domain.LocationKind;

/** Reads places for the API; districts are the places of kind DISTRICT. */
// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class LocationQueries {

    @Inject
    LocationRepository locations;

    public Connection<Location> page(LocationKind kind, String name, Long parentId, PageRequest page) {
        return pageOf(kind, name, parentId, page, GraphMapper::location);
    }

    public Connection<District> districts(String name, Long provinceId, PageRequest page) {
        return pageOf(LocationKind.DISTRICT, name, provinceId, page, GraphMapper::district);
    }

    public Optional<Location> byId(long id) {
        return Optional.ofNullable(byIds(List.of(id)).get(0));
    }

    public Optional<District> districtById(long id) {
        return locations
                .findById(id)
                .filter(l -> l.getKind() == LocationKind.DISTRICT)
                .map(l -> GraphMapper.district(l, locations.aliasesOf(List.of(id))));
    }

    @Inject
    ClaimRepository claims;

    @Inject
    MentionRepository mentions;

    /** For each claim, the places it is about or was made in. */
    public List<List<Location>> ofClaims(List<Long> claimIds) {
        return grouped(claimIds, claims.locationsOf(claimIds));
    }

    /** For each article, the places it mentions. */
    public List<List<Location>> mentionedIn(List<Long> articleIds) {
        return grouped(articleIds, mentions.locationsOf(articleIds));
    }

    /** For each actor, the places of the claims it made or is about. */
    public List<List<Location>> ofClaimsBy(List<Long> actorIds) {
        return grouped(actorIds, locations.ofClaimsBy(actorIds));
    }

    /** For each place, a page of the places directly inside it. */
    public List<Connection<Location>> children(List<Long> ids, PageRequest page) {
        List<Long> distinct = Aligned.present(ids);
        Map<Long, List<Long>> pageIds = locations.firstChildIds(distinct, page.afterId(), page.fetchSize());
        Map<Long, List<String>> aliases = locations.aliasesOf(
                pageIds.values().stream().flatMap(List::stream).distinct().toList());
        return IdPages.pages(
                        ids,
                        pageIds,
                        page.totalWanted() ? locations.childCounts(distinct) : Map.of(),
                        page.spec(),
                        locations::findByIds,
                        org.claimgraph.domain.Location::getId)
                .stream()
                .map(p ->
                        Connections.of(p, org.claimgraph.domain.Location::getId, l -> GraphMapper.location(l, aliases)))
                .toList();
    }

    private List<List<Location>> grouped(List<Long> parentIds, List<Object[]> rows) {
        Map<Long, List<String>> aliases = locations.aliasesOf(Grouped.ids(rows, org.claimgraph.domain.Location::getId));
        return Grouped.by(parentIds, rows, l -> GraphMapper.location((org.claimgraph.domain.Location) l, aliases));
    }

    /** One place per id, in the order asked, null where an id is null or unknown. */
    public List<Location> byIds(List<Long> ids) {
        List<Long> wanted = Aligned.present(ids);
        List<org.claimgraph.domain.Location> loaded = wanted.isEmpty() ? List.of() : locations.findByIds(wanted);
        Map<Long, List<String>> aliases = locations.aliasesOf(wanted);
        return Aligned.to(ids, loaded, org.claimgraph.domain.Location::getId, l -> GraphMapper.location(l, aliases));
    }

    private <N> Connection<N> pageOf(
            LocationKind kind,
            String name,
            Long parentId,
            PageRequest page,
            BiFunction<org.claimgraph.domain.Location, Map<Long, List<String>>, N> toNode) {
        List<org.claimgraph.domain.Location> rows =
                locations.pageAfter(kind, name, parentId, page.afterId(), page.fetchSize());
        Map<Long, List<String>> aliases = locations.aliasesOf(
                rows.stream().map(org.claimgraph.domain.Location::getId).toList());
        return Connections.of(
                rows,
                page,
                page.totalWanted() ? locations.count(kind, name, parentId) : 0,
                org.claimgraph.domain.Location::getId,
                l -> toNode.apply(l, aliases));
    }
}
