package org.claimgraph.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
        long fileSizeAfterKill = h2FileSize(dataDir);

        BulkIngester rerun = BulkIngester.start(dataDir, folder);
        assertEquals(0, rerun.exitCode(), rerun.output());
        List<Integer> summary = rerun.summary();
        assertTrue(
                summary.get(1) > 0 && summary.get(1) < articles,
                "the killed run had stored some but not all articles: " + summary);
        assertEquals(articles, summary.get(0) + summary.get(1), rerun.output());
        if (TestDatabase.configured().name().equals("H2")) {
            assertTrue(rerun.output().contains("Compacted the database file"), rerun.output());
            assertThat(
                    "holding every article, the compacted file is smaller than it was with some",
                    h2FileSize(dataDir),
                    lessThan(fileSizeAfterKill));
        } else {
            assertFalse(rerun.output().contains("Compacted"), "PostgreSQL reclaims its space itself");
        }

        Map<String, Integer> claims = StoredArticles.claimCountsIn(dataDir);
        assertEquals(articles, claims.size(), "each article stored once");
        assertEquals(
                1,
                claims.values().stream().distinct().count(),
                "every article has all of its claims: "
                        + new HashMap<>(claims).values().stream().distinct().toList());
    }

    private static long h2FileSize(Path dataDir) throws IOException {
        Path file = dataDir.resolve("claimgraph.mv.db");
        return Files.exists(file) ? Files.size(file) : 0;
    }
}
