package org.claimgraph.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleTest {

    @Test
    void shouldRefuseABlankBodyAndOneOverTheLimitSayingWhy() {
        assertEquals(Optional.of("body must not be empty"), Article.bodyRefusal(" \n\t"));
        assertEquals(Optional.of("body must not be empty"), Article.bodyRefusal(null));
        assertEquals(
                Optional.of("body has 1000001 characters; at most 1000000 are accepted"),
                Article.bodyRefusal("x".repeat(Article.MAX_BODY_LENGTH + 1)));
    }

    @Test
    void shouldAcceptABodyUpToTheLimit() {
        assertTrue(Article.bodyRefusal("x".repeat(Article.MAX_BODY_LENGTH)).isEmpty());
    }
}
