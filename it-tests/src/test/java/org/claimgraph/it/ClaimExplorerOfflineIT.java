package org.claimgraph.it;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The API goes away while the page is open: the page says so instead of hanging or going blank. */
class ClaimExplorerOfflineIT {

    @Test
    void shouldSayClearlyThatTheApiCannotBeReachedWhenTheAppStops() {
        try (PackagedApp app = PackagedApp.start();
                Browser browser = Browser.open()) {
            browser.get(app.baseUri() + "/");
            browser.heading("Claim explorer");

            app.close();
            browser.visible(By.linkText("Disputes")).click();

            WebElement alert = browser.visible(By.cssSelector("main [role=alert]"));
            assertThat(alert.getText(), containsString("The claimgraph API cannot be reached"));
            browser.visible(By.xpath("//main//button[normalize-space()='Try again']"));
            browser.screenshot("ClaimExplorerOfflineIT-api-unreachable");
            assertEquals(List.of(), browser.blockedByPolicy(), "the page works under its Content-Security-Policy");
        }
    }
}
