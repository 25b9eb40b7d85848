package org.claimgraph.api.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.claimgraph.domain.Actor;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.Claim;
import org.claimgraph.domain.Location;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Quantity;
import org.claimgraph.domain.TextSpan;
import org.claimgraph.ingest.extraction.CharSpan;
import org.claimgraph.ingest.extraction.ExtractedActor;
import org.claimgraph.ingest.extraction.ExtractedClaim;
import org.claimgraph.ingest.extraction.ExtractedMention;
import org.claimgraph.ingest.extraction.ExtractedPlace;
import org.claimgraph.ingest.extraction.ExtractedQuantity;
import org.claimgraph.ingest.extraction.ExtractedRelation;
import org.claimgraph.ingest.extraction.Extraction;

/**
 * Merges one article's extraction into the stored graph. Actors and places are matched across
 * articles by their resolution key: a known one gains the new aliases, an unknown one is created.
 * Runs inside the caller's transaction.
 */
@ApplicationScoped
public class GraphWriter {

    private static final int MAX_NAME_LENGTH = 300;

    @Inject
    EntityManager em;

    @Inject
    ActorRepository actors;

    @Inject
    LocationRepository locations;

    @Inject
    PropositionWriter propositionWriter;

    /** Stores the article and its extraction; returns the stored claims, in extraction order. */
    public List<Claim> write(Article article, Extraction extraction) {
        em.persist(article);
        Map<String, Location> places = new KeyedTreeWriter<>(
                        em, new PlaceShape(), extraction.places(), locations::findByResolutionKeys)
                .resolveAll();
        Map<String, Actor> actorsByKey = new KeyedTreeWriter<>(
                        em, new ActorShape(), extraction.actors(), actors::findByResolutionKeys)
                .resolveAll();
        for (ExtractedMention mention : extraction.mentions()) {
            Actor actor = mention.actorKey() == null ? null : actorsByKey.get(mention.actorKey());
            Location location = mention.placeKey() == null ? null : places.get(mention.placeKey());
            if (actor != null || location != null) {
                em.persist(new Mention(article, span(mention.span()), actor, actor == null ? location : null));
            }
        }
        List<Claim> claims = extraction.claims().stream()
                .map(c -> claim(article, c, actorsByKey, places))
                .toList();
        claims.forEach(em::persist);
        propositionWriter.link(extraction, claims, actorsByKey, places);
        for (ExtractedQuantity q : extraction.quantities()) {
            Quantity quantity =
                    new Quantity(article, span(q.span()), span(q.sentence()), q.value(), q.approximate(), q.unit());
            quantity.link(
                    lookup(actorsByKey, q.subjectKey()),
                    lookup(places, q.placeKey()),
                    q.claimIndex() == null ? null : claims.get(q.claimIndex()));
            em.persist(quantity);
        }
        return claims;
    }

    private static Claim claim(
            Article article, ExtractedClaim c, Map<String, Actor> actorsByKey, Map<String, Location> places) {
        Claim claim = new Claim(article, span(c.span()), span(c.sentence()), c.kind(), c.stance());
        claim.setSpeaker(lookup(actorsByKey, c.speakerKey()));
        claim.setAudience(lookup(actorsByKey, c.audienceKey()));
        claim.setWhen(c.when());
        c.aboutKeys().stream().map(actorsByKey::get).filter(a -> a != null).forEach(claim.getAbout()::add);
        c.placeKeys().stream().map(places::get).filter(l -> l != null).forEach(claim.getLocations()::add);
        ExtractedRelation r = c.relation();
        if (r != null) {
            claim.setRelation(
                    lookup(actorsByKey, r.subjectKey()),
                    r.predicate(),
                    lookup(actorsByKey, r.objectKey()),
                    r.negated());
        }
        return claim;
    }

    private static <T> T lookup(Map<String, T> byKey, String key) {
        return key == null ? null : byKey.get(key);
    }

    private static TextSpan span(CharSpan span) {
        return new TextSpan(span.start(), span.end());
    }

    private static List<String> fitting(List<String> aliases) {
        return aliases.stream().filter(a -> a.length() <= MAX_NAME_LENGTH).toList();
    }

    private static String clip(String name) {
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH);
    }

    private final class PlaceShape implements KeyedTreeWriter.Shape<ExtractedPlace, Location> {
        public String key(ExtractedPlace place) {
            return place.key();
        }

        public String parentKey(ExtractedPlace place) {
            return place.parentKey();
        }

        public Location create(ExtractedPlace place) {
            Location location = new Location(place.key(), clip(place.name()), place.kind());
            location.setCode(place.code());
            location.setCoordinates(place.latitude(), place.longitude());
            return location;
        }

        public void enrich(Location location, ExtractedPlace place) {
            location.addAliases(fitting(place.aliases()));
        }

        public Location parent(Location location) {
            return location.getParent();
        }

        public void setParent(Location location, Location parent) {
            location.setParent(parent);
        }
    }

    private final class ActorShape implements KeyedTreeWriter.Shape<ExtractedActor, Actor> {
        public String key(ExtractedActor actor) {
            return actor.key();
        }

        public String parentKey(ExtractedActor actor) {
            return actor.affiliationKey();
        }

        public Actor create(ExtractedActor actor) {
            return new Actor(actor.key(), clip(actor.name()), actor.kind());
        }

        public void enrich(Actor actor, ExtractedActor extracted) {
            if (actor.getTitle() == null && extracted.title() != null) {
                actor.setTitle(extracted.title().length() <= 500 ? extracted.title() : null);
            }
            actor.addAliases(fitting(extracted.aliases()));
        }

        public Actor parent(Actor actor) {
            return actor.getAffiliation();
        }

        public void setParent(Actor actor, Actor affiliation) {
            actor.setAffiliation(affiliation);
        }
    }
}
