package org.claimgraph.ingest.lexicon;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.claimgraph.ingest.document.Organisation;

/**
 * The well-known organisations of {@code lexicon/organisations.tsv} and the names and aliases they
 * are written with. Loaded once per process; immutable and thread-safe.
 */
public final class OrganisationLexicon {

    private final Map<String, Organisation> byKey;
    private final PhraseIndex<Organisation> names;

    private OrganisationLexicon(List<Organisation> organisations) {
        this.byKey =
                organisations.stream().collect(Collectors.toUnmodifiableMap(Organisation::key, Function.identity()));
        PhraseIndex.Builder<Organisation> builder = new PhraseIndex.Builder<>();
        for (Organisation organisation : organisations) {
            builder.add(NameForm.withoutArticle(organisation.name()), organisation);
            organisation.aliases().forEach(a -> builder.add(NameForm.withoutArticle(a), organisation));
        }
        this.names = builder.build();
    }

    public static OrganisationLexicon instance() {
        return Holder.INSTANCE;
    }

    public PhraseIndex<Organisation> names() {
        return names;
    }

    public Organisation get(String key) {
        return byKey.get(key);
    }

    private static final class Holder {
        static final OrganisationLexicon INSTANCE =
                new OrganisationLexicon(Csv.read("/lexicon/organisations.tsv", '\t').stream()
                        .map(r -> new Organisation(
                                r.get("key"),
                                r.get("name"),
                                Csv.list(r.get("aliases")),
                                r.get("parent").isEmpty() ? null : r.get("parent")))
                        .toList());
    }
}
