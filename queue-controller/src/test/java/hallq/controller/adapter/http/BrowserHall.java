package hallq.controller.adapter.http;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.Browser;
import hallq.protocol.testing.MutableClock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One Chromium per test class, a fresh controller (demo hall, Monday 10:00) per test. */
abstract class BrowserHall {
    static Browser browser;
    Controller controller;
    String base;
    Http kiosk;
    MutableClock clock;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void startHall() throws Exception {
        clock = MutableClock.mondayAt(10, 0);
        controller = TestHall.start(TestHall.newDataDir(), clock);
        base = "http://127.0.0.1:" + controller.httpPort();
        kiosk = Http.kiosk(controller);
        browser.desk();
    }

    /** A ticket of {@code service} from the kiosk, its page open on a phone. */
    JsonNode ticketPageOnAPhone(String service) {
        browser.phone();
        JsonNode t = kiosk.issue(service, null).json();
        browser.open(base + "/t/" + t.get("token").asText());
        browser.awaitText("#number", t.get("number").asText());
        return t;
    }

    /** On {@code /book} with the matter chosen and its slots shown: picks the day's last free slot (the hall's
     * clock is at 10:00, the early ones have begun) and fills in a valid ID number. */
    void chooseTheLastFreeSlot() {
        browser.await(d -> !d.findElements(By.cssSelector("#slots .chip:enabled")).isEmpty());
        List<WebElement> free = browser.driver.findElements(By.cssSelector("#slots .chip:enabled"));
        free.get(free.size() - 1).click();
        browser.find("#id-number").sendKeys("440306199003071232");
    }

    @AfterEach
    void stopHall() {
        controller.close();
    }
}
