package org.claimgraph.api.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.claimgraph.api.store.ActorRepository;
import org.claimgraph.api.store.ClaimRepository;
import org.claimgraph.api.store.MentionRepository;
import org.claimgraph.domain.Actor;
import org.claimgraph.domain.ActorKind;

/** Reads actors for the API, with their aliases loaded in one query per page or batch. */
// Subscriptions resolve nested fields outside any HTTP request: give them a request context.
@ActivateRequestContext
@ApplicationScoped
public class ActorQueries {

    @Inject
    ActorRepository actors;

    @Inject
    ClaimRepository claims;

    @Inject
    MentionRepository mentions;

    public Page<Aliased<Actor>> page(ActorKind kind, String name, PageSpec spec) {
        Page<Actor> page = Page.of(
                actors.pageAfter(kind, name, spec.afterId(), spec.fetchSize()),
                spec,
                spec.totalWanted() ? actors.count(kind, name) : 0);
        return page.map(Aliased.readFor(page.items(), actors::aliasesOf, Actor::getId));
    }

    public Optional<Aliased<Actor>> byId(long id) {
        return byId(id, true);
    }

    /** The actor, with its aliases only if {@code withAliases} (they cost a statement of their own). */
    public Optional<Aliased<Actor>> byId(long id, boolean withAliases) {
        return Optional.ofNullable(byIds(List.of(id), withAliases).get(0));
    }

    /** For each claim, the actors it is about. */
    public List<List<Aliased<Actor>>> aboutClaims(List<Long> claimIds) {
        return Aliased.eachOf(Grouped.by(claimIds, claims.aboutOf(claimIds)), actors::aliasesOf, Actor::getId);
    }

    /** For each article, the actors it mentions. */
    public List<List<Aliased<Actor>>> mentionedIn(List<Long> articleIds) {
        return Aliased.eachOf(Grouped.by(articleIds, mentions.actorsOf(articleIds)), actors::aliasesOf, Actor::getId);
    }

    /** For each organisation or country, a page of the actors affiliated with it, in id order. */
    public List<Page<Aliased<Actor>>> membersOf(List<Long> ids, PageSpec spec, boolean withAliases) {
        List<Long> distinct = Aligned.present(ids);
        return withAliases(
                IdPages.pages(
                        ids,
                        actors.firstMemberIds(distinct, spec.afterId(), spec.fetchSize()),
                        spec.totalWanted() ? actors.memberCounts(distinct) : Map.of(),
                        spec,
                        actors::findByIds,
                        Actor::getId),
                withAliases);
    }

    /** For each place, a page of the speakers and subjects of the claims placed there, in id order. */
    public List<Page<Aliased<Actor>>> pageInClaimsAt(List<Long> locationIds, PageSpec spec) {
        List<Long> distinct = Aligned.present(locationIds);
        return withAliases(
                IdPages.pages(
                        locationIds,
                        actors.firstIdsInClaimsAt(distinct, spec.afterId(), spec.fetchSize()),
                        spec.totalWanted() ? actors.countInClaimsAt(distinct) : Map.of(),
                        spec,
                        actors::findByIds,
                        Actor::getId),
                true);
    }

    /** The pages with each actor's aliases, read in one statement for all pages, or none when not wanted. */
    private List<Page<Aliased<Actor>>> withAliases(List<Page<Actor>> pages, boolean withAliases) {
        Map<Long, List<String>> aliases = withAliases
                ? actors.aliasesOf(pages.stream()
                        .flatMap(p -> p.items().stream())
                        .map(Actor::getId)
                        .distinct()
                        .toList())
                : Map.of();
        return pages.stream()
                .map(p -> p.map(Aliased.from(aliases, Actor::getId)))
                .toList();
    }

    /** One actor per id, in the order asked, null where an id is null or unknown. */
    public List<Aliased<Actor>> byIds(List<Long> ids) {
        return byIds(ids, true);
    }

    /** As {@link #byIds(List)}, with the aliases read only if {@code withAliases}. */
    public List<Aliased<Actor>> byIds(List<Long> ids, boolean withAliases) {
        List<Long> wanted = Aligned.present(ids);
        List<Actor> loaded = wanted.isEmpty() ? List.of() : actors.findByIds(wanted);
        Map<Long, List<String>> aliases = withAliases ? actors.aliasesOf(wanted) : Map.of();
        return Aligned.to(ids, loaded, Actor::getId, Aliased.from(aliases, Actor::getId));
    }
}
