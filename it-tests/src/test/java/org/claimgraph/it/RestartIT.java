package org.claimgraph.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Data outlives the process: stop the app, start it again on the same folder, and find everything. Neither start
 * (on a new folder, then on the stored data) nor stop logs a warning or an error.
 */
class RestartIT {

    @Test
    void shouldKeepIngestedArticlesAndNotReloadTheCorpusAfterARestartAndLogNoWarning() {
        String id;
        int count;
        Path dataDir;
        Path firstLog;
        try (PackagedApp first = PackagedApp.start()) {
            GraphQL graphql = new GraphQL(first);
            id = graphql.withToken(first.ingestToken(), "ingest-article", Articles.input(Articles.body("restart")))
                    .body("errors", nullValue())
                    .extract()
                    .path("data.ingestArticle.article.id");
            count = graphql.query("article-count").extract().path("data.articles.totalCount");
            dataDir = first.dataDir();
            firstLog = first.logFile();
        }
        assertEquals(List.of(), StartLog.warnings(firstLog), "warnings of a start on a new folder, in " + firstLog);
        Path secondLog;
        try (PackagedApp second = PackagedApp.start(dataDir)) {
            GraphQL graphql = new GraphQL(second);
            int after = graphql.query("article-count")
                    .body("errors", nullValue())
                    .extract()
                    .path("data.articles.totalCount");
            assertEquals(count, after, "the corpus is not stored a second time");
            graphql.withToken(second.ingestToken(), "ingest-article", Articles.input(Articles.body("restart")))
                    .body("data.ingestArticle.created", equalTo(false))
                    .body("data.ingestArticle.article.id", equalTo(id));
            secondLog = second.logFile();
        }
        assertEquals(List.of(), StartLog.warnings(secondLog), "warnings of a start on stored data, in " + secondLog);
    }
}
