package org.claimgraph.api.graphql.schema;

import java.util.List;

/** Maps stored entities to the API's types. Entities follow the tables; API types follow the contract. */
public final class GraphMapper {

    private GraphMapper() {}

    public static Article article(org.claimgraph.domain.Article a) {
        return new Article(
                id(a.getId()),
                a.getTitle(),
                a.getSource(),
                a.getUrl(),
                a.getPublishedAt(),
                a.getIngestedAt(),
                a.getContentHash());
    }

    public static Actor actor(org.claimgraph.domain.Actor a, List<String> aliases) {
        return new Actor(id(a.getId()), a.getName(), a.getKind(), aliases, a.getTitle(), idOf(a.getAffiliation()));
    }

    public static Location location(org.claimgraph.domain.Location l, List<String> aliases) {
        return new Location(
                id(l.getId()),
                l.getName(),
                l.getKind(),
                aliases,
                l.getCode(),
                l.getLatitude(),
                l.getLongitude(),
                idOf(l.getParent()));
    }

    public static District district(org.claimgraph.domain.Location l, List<String> aliases) {
        return new District(
                id(l.getId()),
                l.getName(),
                aliases,
                l.getCode(),
                l.getLatitude(),
                l.getLongitude(),
                idOf(l.getParent()));
    }

    public static Claim claim(org.claimgraph.domain.Claim c) {
        long articleId = c.getArticle().getId();
        return new Claim(
                id(c.getId()),
                c.getText(),
                c.getKind(),
                c.getStance(),
                c.getWhen(),
                articleId,
                idOf(c.getSpeaker()),
                idOf(c.getAudience()),
                new SpanRef(
                        articleId, c.getEvidence().getStart(), c.getEvidence().getEnd()),
                new SpanRef(
                        articleId, c.getSentence().getStart(), c.getSentence().getEnd()),
                relation(c),
                c.getProposition() == null ? null : c.getProposition().getId(),
                c.getPropositionSide());
    }

    /** Needs the proposition's subject and object loaded (fetched with it). */
    public static Dispute dispute(org.claimgraph.domain.Proposition p) {
        return new Dispute(
                id(p.getId()),
                propositionText(p),
                p.getPredicate(),
                p.getLabel(),
                idOf(p.getSubject()),
                idOf(p.getObject()),
                idOf(p.getObjectLocation()));
    }

    /** "Subject PREDICATE object" when the roles are known, else the label (for OTHER). */
    private static String propositionText(org.claimgraph.domain.Proposition p) {
        String object = p.getObject() != null
                ? p.getObject().getName()
                : p.getObjectLocation() != null ? p.getObjectLocation().getName() : null;
        if (p.getSubject() != null && object != null) {
            return p.getSubject().getName() + " " + p.getPredicate() + " " + object;
        }
        if (p.getLabel() != null) {
            return p.getLabel();
        }
        return (p.getSubject() != null ? p.getSubject().getName() + " " : "") + p.getPredicate();
    }

    public static Mention mention(org.claimgraph.domain.Mention m) {
        return new Mention(
                new SpanRef(
                        m.getArticle().getId(),
                        m.getEvidence().getStart(),
                        m.getEvidence().getEnd()),
                idOf(m.getActor()),
                idOf(m.getLocation()));
    }

    private static Relation relation(org.claimgraph.domain.Claim c) {
        if (c.getRelationPredicate() == null) {
            return null;
        }
        return new Relation(
                c.getRelationPredicate(),
                Boolean.TRUE.equals(c.getRelationNegated()),
                idOf(c.getRelationSubject()),
                idOf(c.getRelationObject()));
    }

    public static Quantity quantity(org.claimgraph.domain.Quantity q) {
        long articleId = q.getArticle().getId();
        return new Quantity(
                id(q.getId()),
                q.getValue(),
                q.isApproximate(),
                q.getUnit(),
                idOf(q.getSubject()),
                idOf(q.getLocation()),
                q.getClaim() == null ? null : q.getClaim().getId(),
                new SpanRef(
                        articleId, q.getEvidence().getStart(), q.getEvidence().getEnd()),
                new SpanRef(
                        articleId, q.getSentence().getStart(), q.getSentence().getEnd()));
    }

    private static String id(Long id) {
        return String.valueOf(id);
    }

    // Reading the id of a lazy association does not load it.
    private static Long idOf(org.claimgraph.domain.Actor actor) {
        return actor == null ? null : actor.getId();
    }

    private static Long idOf(org.claimgraph.domain.Location location) {
        return location == null ? null : location.getId();
    }
}
