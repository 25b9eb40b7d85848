package org.claimgraph.api.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.claimgraph.api.error.InvalidArgumentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleUrlTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://news.example/2025/05/valley-calm",
                "http://news.example",
                "HTTPS://News.Example/a?b=c#d",
                "https://news.example:8443/a%20b"
            })
    void shouldAcceptAbsoluteWebUrls(String url) {
        assertEquals(url, ArticleUrl.valid(url));
    }

    @Test
    void shouldStripBlanksAndTakeNoUrlForABlankOne() {
        assertEquals("https://news.example/a", ArticleUrl.valid("  https://news.example/a\n"));
        assertNull(ArticleUrl.valid(null));
        assertNull(ArticleUrl.valid("   "));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(document.domain)",
                "JavaScript:alert(1)",
                " javascript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)",
                "file:///etc/passwd",
                "ftp://news.example/a",
                "//news.example/a",
                "/2025/05/valley-calm",
                "news.example/a",
                "http:news.example",
                "https://",
                "http:///path",
                "https://news example/a",
                "java\tscript:alert(1)"
            })
    void shouldRefuseAnythingButAnAbsoluteWebUrl(String url) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> ArticleUrl.valid(url));
        assertEquals("url must be an absolute http or https URL", e.getMessage());
    }

    @Test
    void shouldRefuseAUrlLongerThanItsColumn() {
        String url = "https://news.example/" + "a".repeat(ArticleUrl.MAX_LENGTH);
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> ArticleUrl.valid(url));
        assertEquals("url has 2021 characters; at most 2000 are accepted", e.getMessage());
    }
}
