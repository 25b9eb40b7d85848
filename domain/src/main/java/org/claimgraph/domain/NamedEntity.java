package org.claimgraph.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.Set;

/**
 * What actors and places share: an id, the resolution key that joins the same entity across articles, a
 * name, aliases, and the search form of name and aliases. Each kind keeps its aliases in a table of its
 * own, so the collection is declared by the subclass.
 */
@MappedSuperclass
public abstract class NamedEntity {

    private static final int MAX_SEARCH_NAMES = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resolution_key", nullable = false, unique = true, length = 300)
    private String resolutionKey;

    @Column(nullable = false, length = 300)
    private String name;

    /** Name and aliases in {@link SearchText} form, separated by " | ", for case- and accent-blind lookups. */
    @Column(name = "search_names", nullable = false, length = MAX_SEARCH_NAMES)
    private String searchNames = "";

    protected NamedEntity() {}

    protected NamedEntity(String resolutionKey, String name) {
        this.resolutionKey = resolutionKey;
        this.name = name;
        this.searchNames = SearchText.names(name, Set.of(), MAX_SEARCH_NAMES);
    }

    public Long getId() {
        return id;
    }

    public String getResolutionKey() {
        return resolutionKey;
    }

    public String getName() {
        return name;
    }

    /** The other names it is known by, without the name itself. */
    public abstract Set<String> getAliases();

    /** Adds aliases (not the name itself, nor blanks) and refreshes the search form. */
    public void addAliases(Iterable<String> more) {
        Set<String> aliases = getAliases();
        for (String alias : more) {
            if (alias != null && !alias.isBlank() && !alias.equals(name)) {
                aliases.add(alias);
            }
        }
        searchNames = SearchText.names(name, aliases, MAX_SEARCH_NAMES);
    }

    public String getSearchNames() {
        return searchNames;
    }
}
