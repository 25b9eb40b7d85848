package org.claimgraph.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.claimgraph.api.error.InvalidArgumentException;
import org.claimgraph.api.intake.ArticleSubmission;
import org.claimgraph.api.intake.IngestOutcome;
import org.claimgraph.api.intake.IngestService;
import org.claimgraph.api.store.ArticleRepository;
import org.claimgraph.api.store.ContentHash;
import org.claimgraph.domain.Article;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IngestServiceTest {

    @Inject
    IngestService ingest;

    @Inject
    ArticleRepository articles;

    @Test
    void shouldStoreTheSameBodyOnce() {
        String body = "Quiet Day in the Valley\n\nNothing happened in the valley today, residents said.\n";
        IngestOutcome first = ingest.ingest(ArticleSubmission.ofBody(body));
        IngestOutcome second = ingest.ingest(ArticleSubmission.ofBody(body));

        assertTrue(first.created());
        assertFalse(second.created());
        assertEquals(first.article().getId(), second.article().getId());
        assertEquals("Quiet Day in the Valley", first.article().getTitle());
    }

    @Test
    void shouldRefuseAScriptUrlAndStoreNothing() {
        long before = articles.count();
        String body = "Script Link\n\nThe bridge reopened on Monday, officials said.\n";
        InvalidArgumentException e = assertThrows(
                InvalidArgumentException.class,
                () -> ingest.ingest(
                        new ArticleSubmission(body, null, "wire", "javascript:alert(document.domain)", null)));
        assertEquals("url must be an absolute http or https URL", e.getMessage());
        assertEquals(before, articles.count());

        IngestOutcome stored =
                ingest.ingest(new ArticleSubmission(body, null, "wire", " https://news.example/bridge ", null));
        assertTrue(stored.created(), "the same article with a web URL is stored");
        assertEquals("https://news.example/bridge", stored.article().getUrl());
    }

    @Test
    void shouldRefuseABodyOverTheLimitAndStoreNothing() {
        long before = articles.count();
        String body = "x".repeat(Article.MAX_BODY_LENGTH + 1);
        InvalidArgumentException e =
                assertThrows(InvalidArgumentException.class, () -> ingest.ingest(ArticleSubmission.ofBody(body)));
        assertEquals("body has 1000001 characters; at most 1000000 are accepted", e.getMessage());
        assertEquals(before, articles.count());
    }

    @Test
    void shouldLoadEveryArticleOfTheCorpusFolderAtStart() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../corpus"))) {
            List<Path> texts = files.filter(f -> f.toString().endsWith(".txt")).toList();
            assertFalse(texts.isEmpty(), "the corpus folder holds articles");
            for (Path text : texts) {
                String hash = ContentHash.of(Files.readString(text, StandardCharsets.UTF_8));
                assertTrue(articles.findByContentHash(hash).isPresent(), text + " was stored when the app started");
            }
        }
    }
}
