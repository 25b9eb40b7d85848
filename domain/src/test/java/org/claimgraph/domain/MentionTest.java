package org.claimgraph.domain;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class MentionTest {

    private final Article article = new Article("t", "body", "hash", OffsetDateTime.now());

    @Test
    void namesEitherAnActorOrALocationNeverBothOrNeither() {
        Actor actor = new Actor("org:x", "X", ActorKind.ORGANIZATION);
        Location location = new Location("AF", "Afghanistan", LocationKind.COUNTRY);
        assertThrows(IllegalArgumentException.class, () -> new Mention(article, new TextSpan(0, 1), null, null));
        assertThrows(IllegalArgumentException.class, () -> new Mention(article, new TextSpan(0, 1), actor, location));
    }
}
