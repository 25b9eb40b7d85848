package org.claimgraph.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** An analyst reads the graph in the claim explorer at {@code /}, in a real browser. */
@ExtendWith(SharedApp.class)
class ClaimExplorerIT {

    private static final String NIGERIAN_ARTICLE = """
            Militants Attack Market Town in Northeast Nigeria

            MAIDUGURI, Nigeria (AP) - Police spokesman Sani Yusuf said militants attacked the town of Bama in \
            Nigeria's Borno state on Monday, killing 12 traders.
            """;
    private static final String CORPUS_TITLE = "Afghan Official: Taliban Reportedly Seeking Russian Aid to Take on IS";

    private final PackagedApp app;
    private final GraphQL graphql;
    private Browser browser;

    ClaimExplorerIT(PackagedApp app) {
        this.app = app;
        this.graphql = new GraphQL(app);
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        try {
            browser.screenshot(
                    "ClaimExplorerIT-" + test.getTestMethod().orElseThrow().getName());
            assertEquals(List.of(), browser.blockedByPolicy(), "the page works under its Content-Security-Policy");
        } finally {
            browser.close();
        }
    }

    @Test
    void shouldFindADistrictByNameAndShowTheClaimsMadeThereWithTheirSpeakers() {
        browser.get(app.baseUri() + "/");
        browser.heading("Claim explorer");

        WebElement box = browser.visible(By.cssSelector("input[type=search]"));
        box.sendKeys("Imam Sahib", Keys.ENTER);
        browser.withText(By.cssSelector(".results-places"), "Imam Sahib")
                .findElement(By.linkText("Imam Sahib (district)"))
                .click();

        browser.heading("Imam Sahib (district)");
        assertThat(browser.visible(By.cssSelector(".within")).getText(), containsString("Kunduz"));
        WebElement fighters = claimContaining("650 fighters");
        assertEquals(
                "Imamuddin Quraishi",
                fighters.findElement(By.cssSelector(".speaker a")).getText());
        List<WebElement> speakers = browser.driver().findElements(By.cssSelector(".claim-item .speaker a"));
        assertThat(speakers, not(empty()));
        browser.screenshot("district");
    }

    @Test
    void shouldFollowAHighlightedClaimInAnArticleToItsSpeakersPage() {
        browser.get(app.baseUri() + "/");
        browser.visible(By.linkText(CORPUS_TITLE)).click();
        browser.heading(CORPUS_TITLE);

        WebElement claim = browser.driver().findElements(By.cssSelector(".article-body .claim")).stream()
                .filter(c ->
                        c.findElement(By.cssSelector(".claim-text")).getText().contains("about 650 fighters"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no highlighted claim about the fighters"));
        assertEquals("asserts", claim.getDomAttribute("data-stance"));
        claim.findElement(By.cssSelector(".claim-text")).click();
        WebElement speaker = claim.findElement(By.cssSelector(".claim-tip .speaker a"));
        assertEquals(
                "Imamuddin Quraishi",
                browser.visible(By.cssSelector(".claim.open .claim-tip"))
                        .findElement(By.cssSelector(".speaker a"))
                        .getText());
        assertThat(claim.findElement(By.cssSelector(".claim-tip")).getText(), containsString("to VOA"));
        browser.screenshot("article", claim);
        speaker.click();

        browser.heading("Imamuddin Quraishi");
        assertThat(browser.visible(By.cssSelector(".actor-title")).getText(), containsString("district governor"));
        WebElement said = claimContaining("650 fighters");
        said.findElement(By.cssSelector(".evidence-link")).click();
        browser.heading(CORPUS_TITLE);
        assertThat(browser.driver().switchTo().activeElement().getText(), containsString("about 650 fighters"));
    }

    @Test
    void shouldReachAClaimsSpeakerWithTheKeyboardAlone() {
        browser.get(app.baseUri() + "/");
        browser.visible(By.linkText(CORPUS_TITLE)).sendKeys(Keys.ENTER);
        browser.heading(CORPUS_TITLE);

        WebElement claim = browser.driver().findElements(By.cssSelector(".article-body .claim")).stream()
                .filter(c -> c.getText().contains("about 650 fighters"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no highlighted claim about the fighters"));
        WebElement mark = claim.findElement(By.cssSelector(".claim-text"));
        browser.driver().executeScript("arguments[0].focus()", mark);
        assertThat(claim.findElement(By.cssSelector(".claim-tip")).isDisplayed(), equalTo(true));
        // Tab past the names marked inside the quote to the speaker in the claim's details.
        WebElement speaker = claim.findElement(By.cssSelector(".claim-tip .speaker a"));
        for (int i = 0; i < 10 && !speaker.equals(browser.driver().switchTo().activeElement()); i++) {
            browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals(speaker, browser.driver().switchTo().activeElement());
        speaker.sendKeys(Keys.ENTER);

        browser.heading("Imamuddin Quraishi");
        assertEquals(
                "Imamuddin Quraishi",
                browser.driver().switchTo().activeElement().getText());
    }

    @Test
    void shouldShowBothSidesOfADisputeWithTheirSpeakers() {
        browser.get(app.baseUri() + "/");
        browser.heading("Claim explorer");
        browser.visible(By.linkText("Disputes")).click();

        WebElement dispute = browser.withText(By.cssSelector(".dispute"), "Islamic State FIGHTS Taliban");
        List<String> asserting = speakers(dispute.findElement(By.cssSelector(".side-asserts")));
        List<String> denying = speakers(dispute.findElement(By.cssSelector(".side-denies")));
        assertThat(asserting, hasItem("Wahid Muzhda"));
        assertThat(denying, hasItem("Bill Salvin"));
        assertThat(
                dispute.findElement(By.cssSelector(".side-denies")).getText(),
                containsString("The Taliban is not fighting ISIS-K"));
        assertThat(browser.driver().getCurrentUrl(), containsString("#/disputes"));
        browser.screenshot("disputes");
    }

    @Test
    void shouldWalkThePlacesFromCountryToDistrictSeeItsClaimsAndGoBackAndForth() {
        browser.get(app.baseUri() + "/");
        browser.heading("Claim explorer");
        browser.visible(By.cssSelector("nav[aria-label=Main]"))
                .findElement(By.linkText("Places"))
                .click();

        browser.heading("Places");
        assertThat(browser.driver().getCurrentUrl(), endsWith("#/places"));
        WebElement afghanistan =
                browser.visible(placeItem("ul[contains(@class,'place-tree')]/", "Afghanistan (country)"));
        WebElement kunduzInTree = afghanistan.findElement(placeItem(".//", "Kunduz (province)"));
        WebElement imamSahibInTree = kunduzInTree.findElement(placeItem(".//", "Imam Sahib (district)"));
        int provinceClaims = claimCount(kunduzInTree);
        int districtClaims = claimCount(imamSahibInTree);
        assertThat(districtClaims, greaterThan(0));
        browser.screenshot("places", afghanistan);
        afghanistan.findElement(By.linkText("Afghanistan (country)")).click();

        browser.heading("Afghanistan (country)");
        WebElement kunduz = browser.visible(placeItem("ul[contains(@class,'places-inside')]/", "Kunduz (province)"));
        assertEquals(provinceClaims, claimCount(kunduz), "the same count in the tree and on the country's page");
        kunduz.findElement(By.linkText("Kunduz (province)")).click();

        browser.heading("Kunduz (province)");
        assertEquals(List.of("Places", "Afghanistan (country)", "Kunduz"), breadcrumb());
        WebElement imamSahib =
                browser.visible(placeItem("ul[contains(@class,'places-inside')]/", "Imam Sahib (district)"));
        assertEquals(districtClaims, claimCount(imamSahib));
        imamSahib.findElement(By.linkText("Imam Sahib (district)")).sendKeys(Keys.ENTER);

        browser.heading("Imam Sahib (district)");
        assertThat(browser.driver().getCurrentUrl(), containsString("#/district/"));
        assertEquals(List.of("Places", "Afghanistan (country)", "Kunduz (province)", "Imam Sahib"), breadcrumb());
        WebElement fighters = claimContaining("650 fighters");
        assertEquals(
                "Imamuddin Quraishi",
                fighters.findElement(By.cssSelector(".speaker a")).getText());
        assertEquals(
                "Claims made here (" + districtClaims + ")",
                browser.visible(By.id("place-claims-heading")).getText());
        assertEquals(
                districtClaims,
                browser.driver()
                        .findElements(By.cssSelector(".claim-list .claim-item"))
                        .size(),
                "the district lists as many claims as its count says");
        browser.screenshot("places-district", fighters);

        browser.driver().navigate().back();
        browser.heading("Kunduz (province)");
        browser.driver().navigate().back();
        browser.heading("Afghanistan (country)");
        browser.driver().navigate().forward();
        browser.heading("Kunduz (province)");
        browser.driver().navigate().forward();
        browser.heading("Imam Sahib (district)");
        browser.visible(By.cssSelector("nav.breadcrumb"))
                .findElement(By.linkText("Places"))
                .click();
        browser.heading("Places");
    }

    @Test
    void shouldShowThePlacesOfAnArticleOutsideAfghanistanFromCountryToTown() {
        graphql.withToken(app.ingestToken(), "ingest-article", Articles.input(NIGERIAN_ARTICLE))
                .body("errors", nullValue());
        browser.get(app.baseUri() + "/#/places");

        browser.heading("Places");
        WebElement nigeria = browser.visible(placeItem("ul[contains(@class,'place-tree')]/", "Nigeria (country)"));
        WebElement bornoInTree = nigeria.findElement(placeItem(".//", "Borno State (province)"));
        WebElement bamaInTree = bornoInTree.findElement(placeItem(".//", "Bama (city)"));
        assertThat(claimCount(bamaInTree), greaterThan(0));
        nigeria.findElement(By.linkText("Nigeria (country)")).click();

        browser.heading("Nigeria (country)");
        browser.visible(placeItem("ul[contains(@class,'places-inside')]/", "Borno State (province)"))
                .findElement(By.linkText("Borno State (province)"))
                .click();

        browser.heading("Borno State (province)");
        assertEquals(List.of("Places", "Nigeria (country)", "Borno State"), breadcrumb());
        WebElement bama = browser.visible(placeItem("ul[contains(@class,'places-inside')]/", "Bama (city)"));
        browser.screenshot("places-abroad", bama);
    }

    @Test
    void shouldListAnOrganisationsMembersAndLeadBackUpByAffiliation() {
        browser.get(app.baseUri() + "/#/search?q=Islamic%20State");
        browser.withText(By.cssSelector(".results-actors"), "Islamic State")
                .findElement(By.linkText("Islamic State"))
                .click();

        browser.heading("Islamic State");
        WebElement members = browser.withText(By.cssSelector(".members"), "ISIS-K");
        assertThat(browser.visible(By.id("members-heading")).getText(), containsString("Members ("));
        members.findElement(By.linkText("ISIS-K")).click();

        browser.heading("ISIS-K");
        browser.visible(By.cssSelector(".affiliation"))
                .findElement(By.linkText("Islamic State"))
                .click();
        browser.heading("Islamic State");
    }

    @Test
    void shouldShowTheApiErrorForAWrongTokenAndStoreNothing() {
        int before = articleCount();
        browser.get(app.baseUri() + "/#/ingest");
        browser.heading("Ingest an article");
        fillIngestForm(Articles.body("browser-wrong-token"), "wrong-token");

        WebElement error = browser.visible(By.cssSelector(".ingest-result [role=alert]"));
        assertThat(error.getText(), containsString("Authorization: Bearer"));
        browser.screenshot("ingest-refused");
        assertEquals(before, articleCount());
    }

    @Test
    void shouldIngestWithTheRightTokenSeeItsClaimArriveLiveAndOpenTheNewArticle() {
        int before = articleCount();
        browser.get(app.baseUri() + "/#/ingest");
        browser.heading("Ingest an article");
        fillIngestForm(Articles.body("browser-right-token"), app.ingestToken());

        WebElement link = browser.visible(By.cssSelector(".ingest-result .success a.ingested-article"));
        assertEquals("Officials Report Calm in Test Region browser-right-token", link.getText());
        assertEquals(before + 1, articleCount());
        browser.withText(By.cssSelector(".live-claims"), "The market reopened this morning");
        WebElement arrived = claimContaining("The market reopened this morning");
        // Live arrival races the server's registration of the page's subscription; the subscription
        // itself is proven by ClaimSubscriptionIT. Here the page must list the claim either way.
        assertThat(arrived.getDomAttribute("data-arrived"), oneOf("live", "after"));
        assertEquals(
                "Karim Testwala",
                arrived.findElement(By.cssSelector(".speaker a")).getText());
        browser.screenshot("ingest-live", arrived);
        link.click();

        browser.heading("Officials Report Calm in Test Region browser-right-token");
        WebElement claim = browser.withText(By.cssSelector(".article-body .claim"), "The market reopened this morning");
        assertThat(
                claim.findElement(By.cssSelector(".claim-tip .speaker a")).getDomProperty("textContent"),
                equalTo("Karim Testwala"));

        browser.driver().navigate().back();
        browser.heading("Ingest an article");
        browser.driver().navigate().forward();
        browser.heading("Officials Report Calm in Test Region browser-right-token");
    }

    @Test
    void shouldNotRunAScriptInjectedIntoThePage() {
        browser.get(app.baseUri() + "/");
        browser.heading("Claim explorer");
        browser.driver()
                .executeScript("const s = document.createElement('script');"
                        + " s.textContent = 'window.injected = true;'; document.body.append(s);"
                        + " const d = document.createElement('div'); d.setAttribute('onclick', 'window.injected = true');"
                        + " document.body.append(d); d.click();");

        assertEquals(
                null, browser.driver().executeScript("return window.injected === undefined ? null : window.injected;"));
        assertThat(browser.blockedByPolicy(), hasItem(containsString("inline script")));
    }

    @Test
    void shouldOpenGraphiQLUnderItsOwnPolicy() {
        browser.get(app.baseUri() + "/q/graphql-ui/");
        browser.visible(By.cssSelector(".graphiql-container"));
        browser.visible(By.cssSelector(".graphiql-query-editor"));
        browser.screenshot("graphiql");
    }

    private void fillIngestForm(String body, String token) {
        browser.visible(By.id("ingest-body")).sendKeys(body);
        browser.driver().findElement(By.id("ingest-token")).sendKeys(token);
        browser.driver()
                .findElement(By.cssSelector(".ingest-form button[type=submit]"))
                .click();
    }

    /** The listed claim whose quote contains {@code words}, waiting until it is shown. */
    private WebElement claimContaining(String words) {
        browser.withText(By.cssSelector(".claim-list"), words);
        return browser.driver().findElements(By.cssSelector(".claim-item")).stream()
                .filter(item ->
                        item.findElement(By.cssSelector(".quote")).getText().contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no listed claim with " + words));
    }

    /** The listed place whose own link reads {@code linkText}, e.g. "Kunduz (province)", under {@code path}. */
    private static By placeItem(String path, String linkText) {
        return By.xpath((path.startsWith(".") ? path : "//main//" + path)
                + "li[contains(@class,'place-node')][a[normalize-space()='" + linkText + "']]");
    }

    /** The claim count a listed place shows. */
    private static int claimCount(WebElement place) {
        return Integer.parseInt(
                place.findElement(By.cssSelector(":scope > .claim-count")).getDomAttribute("data-count"));
    }

    /** The way up from the place shown, as the breadcrumb reads it. */
    private List<String> breadcrumb() {
        return browser.visible(By.cssSelector("nav.breadcrumb")).findElements(By.cssSelector("li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private static List<String> speakers(WebElement side) {
        return side.findElements(By.cssSelector(".claim-item .speaker a")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private int articleCount() {
        return graphql.query("article-count")
                .body("errors", nullValue())
                .extract()
                .path("data.articles.totalCount");
    }
}
