package org.claimgraph.domain;

import jakarta.persistence.Column;
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

/**
 * Something claims argue over, across all articles: subject, predicate, object ("Taliban FIGHTS
 * Islamic State"). A proposition that some claims assert and others deny is a dispute.
 */
@Entity
@Table(name = "proposition")
public class Proposition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "subject_id", nullable = false)
    private Actor subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RelationKind predicate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "object_id", nullable = false)
    private Actor object;

    protected Proposition() {
    }

    public Proposition(Actor subject, RelationKind predicate, Actor object) {
        this.subject = subject;
        this.predicate = predicate;
        this.object = object;
    }

    public Long getId() {
        return id;
    }

    public Actor getSubject() {
        return subject;
    }

    public RelationKind getPredicate() {
        return predicate;
    }

    public Actor getObject() {
        return object;
    }
}
