package org.claimgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An operator points {@code bulk-ingest} at a folder or a JSON Lines file: it stores what it can read, names
 * each file or line it rejects and why, and skips what is already stored.
 */
class BulkIngestInputIT {

    @Test
    void shouldIngestAFolderReportTheFilesItRejectsAndSkipEverythingOnTheSecondRun() throws Exception {
        Path dataDir = PackagedApp.freshDataDir();
        Path folder = Files.createDirectories(dataDir.resolve("articles"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(folder.resolve("article-" + i + ".txt"), Articles.body("bulk folder " + i));
        }
        Files.write(folder.resolve("broken.txt"), new byte[] {'A', (byte) 0xff, '\n'});
        Files.writeString(folder.resolve("empty.txt"), "  \n");

        BulkIngester first = BulkIngester.start(dataDir, folder);
        assertEquals(3, first.exitCode(), first.output());
        assertEquals(List.of(6, 0, 2), first.summary());
        assertTrue(first.output().contains("rejected broken.txt: not UTF-8 text"), first.output());
        assertTrue(first.output().contains("rejected empty.txt: body must not be empty"), first.output());

        BulkIngester second = BulkIngester.start(dataDir, folder);
        assertEquals(3, second.exitCode(), second.output());
        assertEquals(List.of(0, 6, 2), second.summary());
        assertFalse(second.output().contains("Compacted"), "nothing stored, the file is left as it is");

        Map<String, Integer> claims = StoredArticles.claimCountsIn(dataDir);
        assertEquals(6, claims.size(), "the API serves what was ingested: " + claims);
    }

    @Test
    void shouldIngestAJsonLinesFileWithTitlesAndSourcesAndReportBadLines() throws Exception {
        Path dataDir = PackagedApp.freshDataDir();
        Path file = dataDir.resolve("articles.jsonl");
        Files.writeString(
                file,
                String.join(
                                "\n",
                                line("Valley Calm One", Articles.body("jsonl 1")),
                                "{\"title\": \"no body\"}",
                                line("Valley Calm Two", Articles.body("jsonl 2")),
                                "this is not json",
                                "{\"title\": \"Scripted\", \"body\": " + json(Articles.body("jsonl 5"))
                                        + ", \"url\": \"javascript:alert(document.domain)\"}")
                        + "\n");

        BulkIngester run = BulkIngester.start(dataDir, file);
        assertEquals(3, run.exitCode(), run.output());
        assertEquals(List.of(2, 0, 3), run.summary());
        assertTrue(run.output().contains("rejected articles.jsonl:2: no \"body\" string"), run.output());
        assertTrue(run.output().contains("rejected articles.jsonl:4: not a JSON object"), run.output());
        assertTrue(
                run.output().contains("rejected articles.jsonl:5: url must be an absolute http or https URL"),
                run.output());

        try (PackagedApp app = PackagedApp.start(dataDir, Map.of("CLAIMGRAPH_CORPUS_LOAD", "false"))) {
            JsonPath page = new GraphQL(app)
                    .query("articles-claim-counts", Map.of("first", 10))
                    .extract()
                    .jsonPath();
            assertEquals(
                    Set.of("Valley Calm One", "Valley Calm Two"),
                    Set.copyOf(page.getList("data.articles.edges.node.title")));
            assertEquals(List.of("wire", "wire"), page.getList("data.articles.edges.node.source"));
        }
    }

    private static String line(String title, String body) {
        return "{\"title\": " + json(title) + ", \"body\": " + json(body) + ", \"source\": \"wire\", "
                + "\"publishedAt\": \"2025-05-01T08:00:00Z\"}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
