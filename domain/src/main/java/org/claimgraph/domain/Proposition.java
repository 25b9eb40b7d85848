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
 * Islamic State"). The object is an actor or a place ("Taliban CONTROLS Dasht-e-Archi"); a statement
 * no typed relation fits is {@link RelationKind#OTHER} with no object, and its label (the words of the
 * claim it was read from: "aid was diverted to fighters") says what it is. A proposition that some
 * claims assert and others deny is a dispute.
 */
@Entity
@Table(name = "proposition")
public class Proposition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Actor subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RelationKind predicate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_id")
    private Actor object;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_location_id")
    private Location objectLocation;

    @Column(length = MAX_LABEL)
    private String label;

    /** The longest label kept, in characters. */
    public static final int MAX_LABEL = 500;

    // How many claims take each side, and whether both sides have some: kept by the store as claims are
    // filed (one SQL update per ingest), so that neither a dispute's counts nor the list of disputes grows
    // with the claims. Never written through the entity, so that a stale copy cannot undo an update; read by
    // the store's queries (PropositionRepository), not through getters.
    @Column(name = "asserting_claims", insertable = false, updatable = false)
    private long assertingClaims;

    @Column(name = "denying_claims", insertable = false, updatable = false)
    private long denyingClaims;

    @Column(name = "hedging_claims", insertable = false, updatable = false)
    private long hedgingClaims;

    @Column(insertable = false, updatable = false)
    private boolean disputed;

    protected Proposition() {}

    public Proposition(Actor subject, RelationKind predicate, Actor object) {
        this.subject = subject;
        this.predicate = predicate;
        this.object = object;
    }

    /** A proposition whose object is a place. */
    public Proposition(Actor subject, RelationKind predicate, Location objectLocation) {
        this.subject = subject;
        this.predicate = predicate;
        this.objectLocation = objectLocation;
    }

    /** A statement no typed relation fits: {@link RelationKind#OTHER}, said in {@code label}. */
    public static Proposition other(Actor subject, String label) {
        Proposition proposition = new Proposition(subject, RelationKind.OTHER, (Actor) null);
        proposition.setLabel(label);
        return proposition;
    }

    /** Keeps the words the proposition was read from, cut to {@link #MAX_LABEL} characters. */
    public void setLabel(String label) {
        this.label = label == null || label.length() <= MAX_LABEL ? label : label.substring(0, MAX_LABEL);
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

    public Location getObjectLocation() {
        return objectLocation;
    }

    public String getLabel() {
        return label;
    }
}
