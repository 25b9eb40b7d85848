package org.claimgraph.api.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.api.repository.ActorRepository;
import org.claimgraph.api.repository.LocationRepository;
import org.claimgraph.api.repository.PropositionRepository;
import org.claimgraph.domain.Actor;
import org.claimgraph.domain.Article;
import org.claimgraph.domain.Claim;
import org.claimgraph.domain.Location;
import org.claimgraph.domain.Mention;
import org.claimgraph.domain.Proposition;
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
    PropositionRepository propositions;

    /** Stores the article and its extraction; returns the stored claims, in extraction order. */
    public List<Claim> write(Article article, Extraction extraction) {
        em.persist(article);
        Map<String, Location> places = new PlaceResolution(extraction.places()).resolveAll();
        Map<String, Actor> actorsByKey = new ActorResolution(extraction.actors()).resolveAll();
        for (ExtractedMention mention : extraction.mentions()) {
            Actor actor = mention.actorKey() == null ? null : actorsByKey.get(mention.actorKey());
            Location location = mention.placeKey() == null ? null : places.get(mention.placeKey());
            if (actor != null || location != null) {
                em.persist(new Mention(article, span(mention.span()), actor, actor == null ? location : null));
            }
        }
        List<Claim> claims = extraction.claims().stream()
                .map(c -> claim(article, c, actorsByKey, places)).toList();
        claims.forEach(em::persist);
        linkPropositions(extraction, claims, actorsByKey);
        for (ExtractedQuantity q : extraction.quantities()) {
            Quantity quantity = new Quantity(article, span(q.span()), span(q.sentence()), q.value(), q.approximate(),
                    q.unit());
            quantity.link(lookup(actorsByKey, q.subjectKey()), lookup(places, q.placeKey()),
                    q.claimIndex() == null ? null : claims.get(q.claimIndex()));
            em.persist(quantity);
        }
        return claims;
    }

    private static Claim claim(Article article, ExtractedClaim c, Map<String, Actor> actorsByKey,
            Map<String, Location> places) {
        Claim claim = new Claim(article, span(c.span()), span(c.sentence()), c.kind(), c.stance());
        claim.setSpeaker(lookup(actorsByKey, c.speakerKey()));
        claim.setAudience(lookup(actorsByKey, c.audienceKey()));
        claim.setWhen(c.when());
        c.aboutKeys().stream().map(actorsByKey::get).filter(a -> a != null).forEach(claim.getAbout()::add);
        c.placeKeys().stream().map(places::get).filter(l -> l != null).forEach(claim.getLocations()::add);
        ExtractedRelation r = c.relation();
        if (r != null) {
            claim.setRelation(lookup(actorsByKey, r.subjectKey()), r.predicate(), lookup(actorsByKey, r.objectKey()),
                    r.negated());
        }
        return claim;
    }

    /**
     * Files each claim with a relation under its proposition, shared with claims of other articles. The
     * stored propositions among the article's are read in one statement.
     */
    private void linkPropositions(Extraction extraction, List<Claim> claims, Map<String, Actor> actorsByKey) {
        Map<String, ExtractedActor> extractedActors = extraction.actors().stream()
                .collect(Collectors.toMap(ExtractedActor::key, Function.identity(), (a, b) -> a));
        List<Integer> linked = new ArrayList<>();
        List<org.claimgraph.ingest.relations.Proposition> keys = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ExtractedRelation relation = extraction.claims().get(i).relation();
            if (relation == null || relation.subjectKey() == null || relation.objectKey() == null) {
                continue;
            }
            var key = org.claimgraph.ingest.relations.Proposition.of(relation, extractedActors);
            Actor subject = actorsByKey.get(key.subjectKey());
            Actor object = actorsByKey.get(key.objectKey());
            if (subject == null || object == null || subject == object) {
                continue;
            }
            linked.add(i);
            keys.add(key);
        }
        if (linked.isEmpty()) {
            return;
        }
        Map<org.claimgraph.ingest.relations.Proposition, Proposition> resolved = new HashMap<>();
        Map<PropositionRepository.Key, Proposition> stored = propositions.find(keys.stream()
                .map(k -> new PropositionRepository.Key(actorsByKey.get(k.subjectKey()).getId(), k.predicate(),
                        actorsByKey.get(k.objectKey()).getId()))
                .toList());
        for (int n = 0; n < linked.size(); n++) {
            int i = linked.get(n);
            Proposition proposition = resolved.computeIfAbsent(keys.get(n), k -> {
                Actor subject = actorsByKey.get(k.subjectKey());
                Actor object = actorsByKey.get(k.objectKey());
                Proposition found = stored.get(new PropositionRepository.Key(subject.getId(), k.predicate(), object.getId()));
                if (found != null) {
                    return found;
                }
                Proposition created = new Proposition(subject, k.predicate(), object);
                em.persist(created);
                return created;
            });
            ExtractedClaim claim = extraction.claims().get(i);
            claims.get(i).takeSide(proposition,
                    org.claimgraph.ingest.relations.Proposition.sideOf(claim.relation(), claim.stance()));
        }
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

    /** Finds or creates each extracted place, parents before children. */
    private final class PlaceResolution {
        private final Map<String, ExtractedPlace> extracted;
        private final Map<String, Location> resolved = new HashMap<>();
        private final Map<String, Location> stored;

        PlaceResolution(List<ExtractedPlace> places) {
            this.extracted = places.stream().collect(Collectors.toMap(ExtractedPlace::key, Function.identity(),
                    (a, b) -> a));
            this.stored = locations.findByResolutionKeys(extracted.keySet());
        }

        Map<String, Location> resolveAll() {
            extracted.keySet().forEach(this::resolve);
            return resolved;
        }

        private Location resolve(String key) {
            Location done = resolved.get(key);
            ExtractedPlace place = extracted.get(key);
            if (done != null || place == null) {
                return done;
            }
            Location location = stored.get(key);
            boolean created = location == null;
            if (created) {
                location = new Location(key, clip(place.name()), place.kind());
                location.setCode(place.code());
                location.setCoordinates(place.latitude(), place.longitude());
            }
            resolved.put(key, location);
            // a new place is inserted whole, its parent and aliases set: no update follows the insert
            Location parent = null;
            if (location.getParent() == null && place.parentKey() != null && !place.parentKey().equals(key)) {
                parent = resolve(place.parentKey());
            }
            location.addAliases(fitting(place.aliases()));
            if (parent != null && (!created || isStored(parent))) {
                location.setParent(parent);
                parent = null;
            }
            if (created) {
                em.persist(location);
            }
            if (parent != null) { // a cycle of parents: the parent is stored only after this place
                location.setParent(parent);
            }
            return location;
        }
    }

    /** Finds or creates each extracted actor, affiliations included. */
    private final class ActorResolution {
        private final Map<String, ExtractedActor> extracted;
        private final Map<String, Actor> resolved = new HashMap<>();
        private final Map<String, Actor> stored;

        ActorResolution(List<ExtractedActor> list) {
            this.extracted = list.stream().collect(Collectors.toMap(ExtractedActor::key, Function.identity(),
                    (a, b) -> a));
            this.stored = actors.findByResolutionKeys(extracted.keySet());
        }

        Map<String, Actor> resolveAll() {
            extracted.keySet().forEach(this::resolve);
            return resolved;
        }

        private Actor resolve(String key) {
            Actor done = resolved.get(key);
            ExtractedActor extractedActor = extracted.get(key);
            if (done != null || extractedActor == null) {
                return done;
            }
            Actor actor = stored.get(key);
            boolean created = actor == null;
            if (created) {
                actor = new Actor(key, clip(extractedActor.name()), extractedActor.kind());
            }
            resolved.put(key, actor);
            if (actor.getTitle() == null && extractedActor.title() != null) {
                actor.setTitle(extractedActor.title().length() <= 500 ? extractedActor.title() : null);
            }
            // a new actor is inserted whole, its affiliation and aliases set: no update follows the insert
            Actor affiliation = null;
            String affiliationKey = extractedActor.affiliationKey();
            if (actor.getAffiliation() == null && affiliationKey != null && !affiliationKey.equals(key)) {
                affiliation = resolve(affiliationKey);
            }
            actor.addAliases(fitting(extractedActor.aliases()));
            if (affiliation != null && (!created || isStored(affiliation))) {
                actor.setAffiliation(affiliation);
                affiliation = null;
            }
            if (created) {
                em.persist(actor);
            }
            if (affiliation != null) { // a cycle of affiliations: the other is stored only after this actor
                actor.setAffiliation(affiliation);
            }
            return actor;
        }
    }

    /** Whether the entity is in the persistence context already (found, or created and persisted). */
    private boolean isStored(Object entity) {
        return em.contains(entity);
    }
}
