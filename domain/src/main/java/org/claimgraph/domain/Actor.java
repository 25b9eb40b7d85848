package org.claimgraph.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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
public class Actor extends NamedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActorKind kind;

    @Column(length = 500)
    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "affiliation_id")
    private Actor affiliation;

    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "alias", nullable = false, length = 300)
    private Set<String> aliases = new LinkedHashSet<>();

    protected Actor() {}

    public Actor(String resolutionKey, String name, ActorKind kind) {
        super(resolutionKey, name);
        this.kind = kind;
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

    @Override
    public Set<String> getAliases() {
        return aliases;
    }
}
