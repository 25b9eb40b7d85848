package org.claimgraph.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The claim explorer on a graph of its own: empty at first, then with more articles than the API
 * gives in one page, so that "newest first" cannot be had by reversing one page.
 */
class ClaimExplorerFreshGraphIT {

    /** More than the API's largest page (200), and not a multiple of the home page's 50. */
    private static final int ARTICLES = 205;

    @Test
    void shouldSayTheGraphIsEmptyThenListAllArticlesNewestFirstPageByPage() {
        try (PackagedApp app = PackagedApp.withEnvironment(Map.of("CLAIMGRAPH_CORPUS_LOAD", "false"));
                Browser browser = Browser.open()) {
            browser.get(app.baseUri() + "/");
            browser.heading("Claim explorer");
            assertThat(
                    browser.visible(By.cssSelector(".home .empty")).getText(),
                    containsString("No articles are stored yet"));
            browser.visible(By.linkText("Places")).click();
            browser.heading("Places");
            assertThat(browser.visible(By.cssSelector(".places .empty")).getText(), containsString("No places yet"));
            browser.screenshot("ClaimExplorerFreshGraphIT-no-places");

            GraphQL graphql = new GraphQL(app);
            List<String> newestFirst = new ArrayList<>();
            for (int i = 0; i < ARTICLES; i++) {
                String title = graphql.withToken(
                                app.ingestToken(),
                                "ingest-article",
                                Articles.input(Articles.body(String.format("home-%03d", i))))
                        .body("errors", nullValue())
                        .extract()
                        .path("data.ingestArticle.article.title");
                newestFirst.add(0, title);
            }

            browser.get(app.baseUri() + "/#/");
            browser.heading("Claim explorer");
            assertEquals(newestFirst.subList(0, 50), titles(browser), "the 50 newest, the last stored first");
            assertThat(
                    browser.visible(By.cssSelector(".home [role=status]")).getText(),
                    containsString("Showing 50 of 205 articles"));

            WebElement older = browser.visible(By.cssSelector("button.more-articles"));
            older.sendKeys(Keys.ENTER);
            waitForArticles(browser, 100);
            assertEquals(
                    newestFirst.get(50),
                    browser.driver().switchTo().activeElement().getText(),
                    "focus moves to the first of the older articles");
            for (int shown : new int[] {150, 200, ARTICLES}) {
                older.click();
                waitForArticles(browser, shown);
            }
            assertEquals(newestFirst, titles(browser), "every article once, newest first, the first stored last");
            assertFalse(older.isDisplayed(), "no older articles are left to show");
            browser.screenshot(
                    "ClaimExplorerFreshGraphIT-oldest-articles",
                    browser.driver().findElement(By.cssSelector(".article-list li:last-child")));
            assertEquals(List.of(), browser.blockedByPolicy(), "the page works under its Content-Security-Policy");
        }
    }

    private static List<String> titles(Browser browser) {
        return browser.driver().findElements(By.cssSelector(".article-list .article-item > a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static void waitForArticles(Browser browser, int count) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".article-list .article-item"), count));
    }
}
