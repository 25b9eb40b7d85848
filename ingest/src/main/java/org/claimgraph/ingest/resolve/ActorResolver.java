package org.claimgraph.ingest.resolve;

import java.util.Set;
import org.claimgraph.ingest.document.Document;
import org.claimgraph.ingest.document.Layer;
import org.claimgraph.ingest.document.Layers;
import org.claimgraph.ingest.document.Stage;

/**
 * Turns mentions into actors, one per real-world entity: organisations, people (surnames joined to
 * full names), people known only by a role who speak unnamed ("a senior official, who asked not to be
 * named, said"), groups ("Russian officials"), joint speakers ("officials and residents said") and the countries that act or that others belong to.
 * Every place mention and every span naming an actor becomes an extraction mention.
 * <p>Needs: {@link Layers#TOKENS}, {@link Layers#PERSON_MENTIONS}, {@link Layers#PLACE_MENTIONS},
 * {@link Layers#PLACES}, {@link Layers#ORGANISATION_MENTIONS}. Adds: {@link Layers#ACTORS},
 * {@link Layers#MENTIONS}.
 */
public final class ActorResolver implements Stage {

    private final OrganisationResolver organisations = new OrganisationResolver();
    private final PersonResolver persons = new PersonResolver();
    private final GroupResolver groups = new GroupResolver();
    private final UnnamedSpeakers unnamed = new UnnamedSpeakers();
    private final JointSpeakers joint = new JointSpeakers();
    private final CountryResolver countries = new CountryResolver();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(
                Layers.TOKENS,
                Layers.PERSON_MENTIONS,
                Layers.PLACE_MENTIONS,
                Layers.PLACES,
                Layers.ORGANISATION_MENTIONS);
    }

    @Override
    public Set<Layer<?>> produces() {
        return Set.of(Layers.ACTORS, Layers.MENTIONS);
    }

    @Override
    public void annotate(Document document) {
        Resolution resolution = new Resolution(document);
        organisations.resolve(resolution);
        persons.resolve(resolution, document.get(Layers.PERSON_MENTIONS));
        unnamed.resolve(resolution);
        groups.resolve(resolution);
        countries.resolve(resolution);
        joint.resolve(resolution);
        document.put(Layers.ACTORS, resolution.builtActors());
        document.put(Layers.MENTIONS, resolution.builtMentions());
    }
}
