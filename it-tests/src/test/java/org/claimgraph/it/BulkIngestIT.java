package org.claimgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A {@code bulk-ingest} run killed half-way leaves no partial article, and the next run completes it. */
class BulkIngestIT {

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
        List<Integer> summary = rerun.summary();
        assertTrue(
                summary.get(1) > 0 && summary.get(1) < articles,
                "the killed run had stored some but not all articles: " + summary);
        assertEquals(articles, summary.get(0) + summary.get(1), rerun.output());

        Map<String, Integer> claims = StoredArticles.claimCountsIn(dataDir);
        assertEquals(articles, claims.size(), "each article stored once");
        assertEquals(
                1,
                claims.values().stream().distinct().count(),
                "every article has all of its claims: "
                        + new HashMap<>(claims).values().stream().distinct().toList());
    }
}
