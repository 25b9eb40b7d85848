package org.claimgraph.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A direct quote or a reported statement in one article: who said it, to whom, when, about whom and
 * where, with its stance and the exact words it came from.
 */
@Entity
@Table(name = "claim")
public class Claim {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(nullable = false, length = 20000)
    private String text;

    /** {@link #text} in {@link SearchText} form. */
    @Column(name = "search_text", nullable = false, length = 20000)
    private String searchText;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClaimKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stance stance;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_id")
    private Actor speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "audience_id")
    private Actor audience;

    @Column(name = "when_text", length = 200)
    private String when;

    @Embedded
    private TextSpan evidence;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "start", column = @Column(name = "sentence_start", nullable = false)),
        @AttributeOverride(name = "end", column = @Column(name = "sentence_end", nullable = false))
    })
    private TextSpan sentence;

    @ManyToMany
    @JoinTable(
            name = "claim_about",
            joinColumns = @JoinColumn(name = "claim_id"),
            inverseJoinColumns = @JoinColumn(name = "actor_id"))
    private Set<Actor> about = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "claim_location",
            joinColumns = @JoinColumn(name = "claim_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    private Set<Location> locations = new LinkedHashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "relation_subject_id")
    private Actor relationSubject;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation_predicate", length = 20)
    private RelationKind relationPredicate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "relation_object_id")
    private Actor relationObject;

    @Column(name = "relation_negated")
    private Boolean relationNegated;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "proposition_id")
    private Proposition proposition;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposition_side", length = 20)
    private PropositionSide propositionSide;

    protected Claim() {}

    public Claim(Article article, TextSpan evidence, TextSpan sentence, ClaimKind kind, Stance stance) {
        this.article = article;
        this.evidence = evidence;
        this.sentence = sentence;
        this.text = evidence.textOf(article.getBody());
        this.searchText = SearchText.fold(text);
        this.kind = kind;
        this.stance = stance;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public String getText() {
        return text;
    }

    public String getSearchText() {
        return searchText;
    }

    public ClaimKind getKind() {
        return kind;
    }

    public Stance getStance() {
        return stance;
    }

    public Actor getSpeaker() {
        return speaker;
    }

    public void setSpeaker(Actor speaker) {
        this.speaker = speaker;
    }

    public Actor getAudience() {
        return audience;
    }

    public void setAudience(Actor audience) {
        this.audience = audience;
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        this.when = when;
    }

    public TextSpan getEvidence() {
        return evidence;
    }

    public TextSpan getSentence() {
        return sentence;
    }

    public Set<Actor> getAbout() {
        return about;
    }

    public Set<Location> getLocations() {
        return locations;
    }

    public Actor getRelationSubject() {
        return relationSubject;
    }

    public RelationKind getRelationPredicate() {
        return relationPredicate;
    }

    public Actor getRelationObject() {
        return relationObject;
    }

    public Boolean getRelationNegated() {
        return relationNegated;
    }

    public Proposition getProposition() {
        return proposition;
    }

    public PropositionSide getPropositionSide() {
        return propositionSide;
    }

    public void takeSide(Proposition proposition, PropositionSide side) {
        this.proposition = proposition;
        this.propositionSide = side;
    }

    public void setRelation(Actor subject, RelationKind predicate, Actor object, boolean negated) {
        this.relationSubject = subject;
        this.relationPredicate = predicate;
        this.relationObject = object;
        this.relationNegated = negated;
    }
}
