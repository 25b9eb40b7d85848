package org.claimgraph.it;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The page treats what the database holds as data, whoever put it there: rows written before the API
 * checked links, or by hand, never become a link that runs script.
 */
class ClaimExplorerStoredDataIT {

    private static final Map<String, String> NO_CORPUS = Map.of("CLAIMGRAPH_CORPUS_LOAD", "false");

    @Test
    void shouldLinkToTheOriginalOnlyWhenTheStoredUrlIsAWebUrl() throws Exception {
        Path dataDir = PackagedApp.freshDataDir();
        String scripted;
        String linked;
        try (PackagedApp app = PackagedApp.start(dataDir, NO_CORPUS)) {
            scripted = ingest(app, "stored script", "https://news.example/scripted");
            linked = ingest(app, "stored link", "https://news.example/linked");
        }
        plantUrl(dataDir, "Officials Report Calm in Test Region stored script", " javascript:alert(document.domain)");

        try (PackagedApp app = PackagedApp.start(dataDir, NO_CORPUS);
                Browser browser = Browser.open()) {
            browser.get(app.baseUri() + "/#/article/" + scripted);
            browser.heading("Officials Report Calm in Test Region stored script");
            WebElement meta = browser.visible(By.cssSelector(".article-meta"));
            assertTrue(meta.getText().contains("claim"), meta.getText());
            assertEquals(List.of(), meta.findElements(By.tagName("a")), "no link to a javascript: URL");
            assertEquals(List.of(), browser.driver().findElements(By.cssSelector("a[href*='javascript' i]")));
            browser.screenshot("ClaimExplorerStoredDataIT-script-url");

            browser.get(app.baseUri() + "/#/article/" + linked);
            browser.heading("Officials Report Calm in Test Region stored link");
            WebElement original = browser.visible(By.linkText("original"));
            assertEquals("https://news.example/linked", original.getAttribute("href"));
            assertEquals(List.of(), browser.blockedByPolicy(), "the page works under its Content-Security-Policy");
        }
    }

    private static String ingest(PackagedApp app, String tag, String url) {
        return new GraphQL(app)
                .withToken(app.ingestToken(), "ingest-article", Articles.input(Articles.body(tag), url))
                .body("errors", nullValue())
                .extract()
                .path("data.ingestArticle.article.id");
    }

    /** Writes the url column directly, as a row stored before the API checked links would hold it. */
    private static void plantUrl(Path dataDir, String title, String url) throws Exception {
        try (Connection db = TestDatabase.configured().connect(dataDir);
                PreparedStatement update = db.prepareStatement("UPDATE article SET url = ? WHERE title = ?")) {
            update.setString(1, url);
            update.setString(2, title);
            assertEquals(1, update.executeUpdate());
        }
    }
}
