package org.claimgraph.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A figure stated in an article: "about 120 fighters", with what it counts, of whom and where. */
@Entity
@Table(name = "quantity")
public class Quantity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @Column(name = "amount", nullable = false)
    private double value;

    @Column(nullable = false)
    private boolean approximate;

    @Column(nullable = false, length = 200)
    private String unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subject_id")
    private Actor subject;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location location;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "claim_id")
    private Claim claim;

    @Embedded
    private TextSpan evidence;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "start", column = @Column(name = "sentence_start", nullable = false)),
        @AttributeOverride(name = "end", column = @Column(name = "sentence_end", nullable = false))
    })
    private TextSpan sentence;

    protected Quantity() {}

    public Quantity(
            Article article, TextSpan evidence, TextSpan sentence, double value, boolean approximate, String unit) {
        this.article = article;
        this.evidence = evidence;
        this.sentence = sentence;
        this.value = value;
        this.approximate = approximate;
        this.unit = unit;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public double getValue() {
        return value;
    }

    public boolean isApproximate() {
        return approximate;
    }

    public String getUnit() {
        return unit;
    }

    public Actor getSubject() {
        return subject;
    }

    public Location getLocation() {
        return location;
    }

    public Claim getClaim() {
        return claim;
    }

    public TextSpan getEvidence() {
        return evidence;
    }

    public TextSpan getSentence() {
        return sentence;
    }

    public void link(Actor subject, Location location, Claim claim) {
        this.subject = subject;
        this.location = location;
        this.claim = claim;
    }
}
