package org.claimgraph.api.graphql;

import java.util.List;
import java.util.function.Function;
import org.claimgraph.api.graphql.schema.Actor;
import org.claimgraph.api.graphql.schema.Claim;
import org.claimgraph.api.graphql.schema.District;
import org.claimgraph.api.graphql.schema.Evidence;
import org.claimgraph.api.graphql.schema.GraphMapper;
import org.claimgraph.api.graphql.schema.Location;
import org.claimgraph.api.graphql.schema.Relation;
import org.claimgraph.api.graphql.schema.SpanRef;
import org.claimgraph.api.read.ClaimRow;
import org.claimgraph.api.service.Aliased;
import org.claimgraph.api.service.BodySpan;
import org.claimgraph.api.service.Excerpt;

/**
 * The services' results as the contract's types: entities through {@link GraphMapper}, with the aliases the
 * services read beside them, and claims from the rows the store reads without loading the entity.
 */
final class Nodes {

    private Nodes() {}

    static Actor actor(Aliased<org.claimgraph.domain.Actor> a) {
        return GraphMapper.actor(a.entity(), a.aliases());
    }

    static long actorId(Aliased<org.claimgraph.domain.Actor> a) {
        return a.entity().getId();
    }

    static Location location(Aliased<org.claimgraph.domain.Location> l) {
        return GraphMapper.location(l.entity(), l.aliases());
    }

    static District district(Aliased<org.claimgraph.domain.Location> l) {
        return GraphMapper.district(l.entity(), l.aliases());
    }

    static long locationId(Aliased<org.claimgraph.domain.Location> l) {
        return l.entity().getId();
    }

    static Claim claim(ClaimRow c) {
        Relation relation = c.relationPredicate() == null
                ? null
                : new Relation(
                        c.relationPredicate(),
                        Boolean.TRUE.equals(c.relationNegated()),
                        c.relationSubjectId(),
                        c.relationObjectId());
        return new Claim(
                String.valueOf(c.id()),
                c.text(),
                c.kind(),
                c.stance(),
                c.when(),
                c.articleId(),
                c.speakerId(),
                c.audienceId(),
                new SpanRef(c.articleId(), c.evidenceStart(), c.evidenceEnd()),
                new SpanRef(c.articleId(), c.sentenceStart(), c.sentenceEnd()),
                relation,
                c.propositionId(),
                c.propositionSide());
    }

    static BodySpan span(SpanRef span) {
        return span == null ? null : new BodySpan(span.articleId(), span.start(), span.end());
    }

    static List<Evidence> evidence(List<Excerpt> excerpts) {
        return each(excerpts, e -> new Evidence(e.start(), e.end(), e.text(), e.sentence(), e.articleId()));
    }

    /** Each item mapped, null where an item is null (a batched field's missing parent or target). */
    static <T, R> List<R> each(List<T> items, Function<T, R> map) {
        return items.stream().map(item -> item == null ? null : map.apply(item)).toList();
    }

    /** Each item of each list mapped, for a batched field that returns a list per parent. */
    static <T, R> List<List<R>> eachOfEach(List<List<T>> lists, Function<T, R> map) {
        return lists.stream().map(list -> each(list, map)).toList();
    }
}
