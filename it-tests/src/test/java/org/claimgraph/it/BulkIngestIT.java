package org.claimgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** An operator loads a folder or a JSON Lines file of articles with {@code bulk-ingest}. */
class BulkIngestIT {

    private static final Pattern SUMMARY =
            Pattern.compile("(\\d+) stored, (\\d+) skipped as already stored, (\\d+) rejected");

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
        assertEquals(List.of(6, 0, 2), summary(first.output()));
        assertTrue(first.output().contains("rejected broken.txt: not UTF-8 text"), first.output());
        assertTrue(first.output().contains("rejected empty.txt: body must not be empty"), first.output());

        BulkIngester second = BulkIngester.start(dataDir, folder);
        assertEquals(3, second.exitCode(), second.output());
        assertEquals(List.of(0, 6, 2), summary(second.output()));

        Map<String, Integer> claims = storedArticles(dataDir);
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
        assertEquals(List.of(2, 0, 3), summary(run.output()));
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

    @Test
    void shouldCompleteARunKilledHalfWayWhenRunAgainWithNoDuplicateAndNoPartialArticle() throws Exception {
        int articles = 300;
        Path dataDir = PackagedApp.freshDataDir();
        Path folder = Files.createDirectories(dataDir.resolve("articles"));
        for (int i = 0; i < articles; i++) {
            Files.writeString(folder.resolve(String.format("article-%03d.txt", i)), Articles.body("killed run " + i));
        }

        BulkIngester killed = BulkIngester.start(dataDir, folder, "--threads", "2");
        killed.awaitOutput("/" + articles + " articles", Duration.ofMinutes(1)); // the first progress line
        Thread.sleep(1000);
        killed.kill();

        BulkIngester rerun = BulkIngester.start(dataDir, folder);
        assertEquals(0, rerun.exitCode(), rerun.output());
        List<Integer> summary = summary(rerun.output());
        assertTrue(
                summary.get(1) > 0 && summary.get(1) < articles,
                "the killed run had stored some but not all articles: " + summary);
        assertEquals(articles, summary.get(0) + summary.get(1), rerun.output());

        Map<String, Integer> claims = storedArticles(dataDir);
        assertEquals(articles, claims.size(), "each article stored once");
        assertEquals(
                1,
                claims.values().stream().distinct().count(),
                "every article has all of its claims: "
                        + new HashMap<>(claims).values().stream().distinct().toList());
    }

    private static String line(String title, String body) {
        return "{\"title\": " + json(title) + ", \"body\": " + json(body) + ", \"source\": \"wire\", "
                + "\"publishedAt\": \"2025-05-01T08:00:00Z\"}";
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** stored, skipped, rejected. */
    private static List<Integer> summary(String output) {
        Matcher m = SUMMARY.matcher(output);
        assertTrue(m.find(), "no summary in:\n" + output);
        return List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** Content hash to number of claims, of every article the app serves from this data folder. */
    private static Map<String, Integer> storedArticles(Path dataDir) throws IOException {
        try (PackagedApp app = PackagedApp.start(dataDir, Map.of("CLAIMGRAPH_CORPUS_LOAD", "false"))) {
            return StoredArticles.claimCounts(app);
        }
    }
}
