package org.claimgraph.domain;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Words of an article that name an actor or a place (exactly one of the two is set). */
@Entity
@Table(name = "mention")
public class Mention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Actor actor;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location location;

    @Embedded
    private TextSpan evidence;

    protected Mention() {}

    public Mention(Article article, TextSpan evidence, Actor actor, Location location) {
        if ((actor == null) == (location == null)) {
            throw new IllegalArgumentException("a mention names either an actor or a location");
        }
        this.article = article;
        this.evidence = evidence;
        this.actor = actor;
        this.location = location;
    }

    public Long getId() {
        return id;
    }

    public Article getArticle() {
        return article;
    }

    public Actor getActor() {
        return actor;
    }

    public Location getLocation() {
        return location;
    }

    public TextSpan getEvidence() {
        return evidence;
    }
}
