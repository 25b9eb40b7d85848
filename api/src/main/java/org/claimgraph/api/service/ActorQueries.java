package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.api.graphql.schema.Actor;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.paging.Connection;
import org.claimgraph.api.graphql.schema.paging.Connections;
import org.claimgraph.api.graphql.schema.paging.PageRequest;
import org.claimgraph.api.store.ActorRepository;
import org.claimgraph.api.store.ClaimRepository;
import org.claimgraph.api.store.MentionRepository;
import org.claimgraph.domain.ActorKind;

/** Reads actors for the API, with their aliases loaded in one query per page or batch. */
// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class ActorQueries {

    @Inject
    ActorRepository actors;

    public Connection<Actor> page(ActorKind kind, String name, PageRequest page) {
        List<org.claimgraph.domain.Actor> rows = actors.pageAfter(kind, name, page.afterId(), page.fetchSize());
        Map<Long, List<String>> aliases = actors.aliasesOf(
                rows.stream().map(org.claimgraph.domain.Actor::getId).toList());
        return Connections.of(
                rows,
                page,
                page.totalWanted() ? actors.count(kind, name) : 0,
                org.claimgraph.domain.Actor::getId,
                a -> GraphMapper.actor(a, aliases));
    }

    public Optional<Actor> byId(long id) {
        return Optional.ofNullable(byIds(List.of(id)).get(0));
    }

    @Inject
    ClaimRepository claims;

    @Inject
    MentionRepository mentions;

    /** For each claim, the actors it is about. */
    public List<List<Actor>> aboutClaims(List<Long> claimIds) {
        return grouped(claimIds, claims.aboutOf(claimIds));
    }

    /** For each article, the actors it mentions. */
    public List<List<Actor>> mentionedIn(List<Long> articleIds) {
        return grouped(articleIds, mentions.actorsOf(articleIds));
    }

    /** For each organisation or country, the actors affiliated with it. */
    public List<List<Actor>> membersOf(List<Long> ids) {
        return grouped(ids, actors.membersOf(ids));
    }

    /** For each place, a page of the speakers and subjects of the claims placed there, in id order. */
    public List<Connection<Actor>> pageInClaimsAt(List<Long> locationIds, PageRequest page) {
        List<Long> distinct = Aligned.present(locationIds);
        Map<Long, List<Long>> pageIds = actors.firstIdsInClaimsAt(distinct, page.afterId(), page.fetchSize());
        Map<Long, List<String>> aliases = actors.aliasesOf(
                pageIds.values().stream().flatMap(List::stream).distinct().toList());
        return IdPages.pages(
                        locationIds,
                        pageIds,
                        page.totalWanted() ? actors.countInClaimsAt(distinct) : Map.of(),
                        page.spec(),
                        actors::findByIds,
                        org.claimgraph.domain.Actor::getId)
                .stream()
                .map(p -> Connections.of(p, org.claimgraph.domain.Actor::getId, a -> GraphMapper.actor(a, aliases)))
                .toList();
    }

    private List<List<Actor>> grouped(List<Long> parentIds, List<Object[]> rows) {
        Map<Long, List<String>> aliases = actors.aliasesOf(Grouped.ids(rows, org.claimgraph.domain.Actor::getId));
        return Grouped.by(parentIds, rows, a -> GraphMapper.actor((org.claimgraph.domain.Actor) a, aliases));
    }

    /** One actor per id, in the order asked, null where an id is null or unknown. */
    public List<Actor> byIds(List<Long> ids) {
        List<Long> wanted = Aligned.present(ids);
        List<org.claimgraph.domain.Actor> loaded = wanted.isEmpty() ? List.of() : actors.findByIds(wanted);
        Map<Long, List<String>> aliases = actors.aliasesOf(wanted);
        return Aligned.to(ids, loaded, org.claimgraph.domain.Actor::getId, a -> GraphMapper.actor(a, aliases));
    }
}
