package org.claimgraph.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A person, organisation, country or group, one per real-world entity across all articles.
 * {@code resolutionKey} is what the extraction calls it ("person:joseph votel", "org:taliban", "RU").
 */
@Entity
@Table(name = "actor")
public class Actor {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "resolution_key", nullable = false, unique = true, length = 300)
    private String resolutionKey;

    @Column(nullable = false, length = 300)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActorKind kind;

    @Column(length = 500)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "affiliation_id")
    private Actor affiliation;

    private static final int MAX_SEARCH_NAMES = 4000;

    /** Name and aliases in {@link SearchText} form, separated by " | ", for case- and accent-blind lookups. */
    @Column(name = "search_names", nullable = false, length = MAX_SEARCH_NAMES)
    private String searchNames = "";

    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "alias", nullable = false, length = 300)
    private Set<String> aliases = new LinkedHashSet<>();

    protected Actor() {
    }

    public Actor(String resolutionKey, String name, ActorKind kind) {
        this.resolutionKey = resolutionKey;
        this.name = name;
        this.kind = kind;
        refreshSearchNames();
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

    public ActorKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Actor getAffiliation() {
        return affiliation;
    }

    public void setAffiliation(Actor affiliation) {
        this.affiliation = affiliation;
    }

    public Set<String> getAliases() {
        return aliases;
    }

    /** Adds aliases (not the name itself, nor blanks) and refreshes the search form. */
    public void addAliases(Iterable<String> more) {
        for (String alias : more) {
            if (alias != null && !alias.isBlank() && !alias.equals(name)) {
                aliases.add(alias);
            }
        }
        refreshSearchNames();
    }

    public String getSearchNames() {
        return searchNames;
    }

    private void refreshSearchNames() {
        searchNames = SearchText.names(name, aliases, MAX_SEARCH_NAMES);
    }
}
