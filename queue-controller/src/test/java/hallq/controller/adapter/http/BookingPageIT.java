package hallq.controller.adapter.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.Browser;
import hallq.protocol.testing.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/** The booking page on a phone-sized headless Chromium: book a slot, get the code, see it held, cancel. */
class BookingPageIT {
    private static Controller controller;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        controller = TestHall.start(TestHall.newDataDir(), MutableClock.mondayAt(9, 0));
        base = "http://127.0.0.1:" + controller.httpPort();
        browser = Browser.start();
        browser.phone();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        controller.close();
    }

    @Test
    void bookASlot_thenCancelIt() {
        browser.open(base + "/book");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver.findElements(
                By.cssSelector("#service option")).size() > 1);
        new Select(browser.find("#service")).selectByValue("SB");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.shown("#slot-1000"));
        assertTrue(browser.find("#date-2026-11-23").getAttribute("class").contains("selected"), "the hall's today");
        browser.find("#slot-1000").click();
        browser.find("#id-number").sendKeys("440306199003071233");
        browser.screenshot("booking-form");
        browser.find("#submit").click();
        browser.awaitText("#error", "校验位不符");
        browser.find("#id-number").clear();
        browser.find("#id-number").sendKeys("440306199003071232");
        browser.find("#submit").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.shown("#code"));
        String code = browser.text("#code");
        assertTrue(code.matches("[2-9A-HJ-NP-Z]{8}"), code);
        assertEquals("已预约", browser.text("#done-status"));
        assertTrue(browser.text("#done-checkin").contains("09:30"), browser.text("#done-checkin"));
        browser.screenshot("booking-done");

        String token = browser.driver.getCurrentUrl().replaceAll(".*/a/", "");
        JsonNode held = new Http(controller.httpPort()).get("/api/v1/appointments/" + token).json();
        assertEquals(code, held.get("code").asText());
        assertEquals("10:00:00", held.get("slotStart").asText());

        browser.find("#cancel").click();
        browser.awaitText("#done-status", "已取消");
        assertEquals("CANCELLED", new Http(controller.httpPort()).get("/api/v1/appointments/" + token).json()
                .get("status").asText());
        browser.open(base + "/a/" + token);
        browser.awaitText("#code", code);
    }

    @Test
    void onSiteOnlyMattersSaySo() {
        browser.open(base + "/book");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver.findElements(
                By.cssSelector("#service option")).size() > 1);
        new Select(browser.find("#service")).selectByValue("ZX");
        browser.awaitText("#slots-note", "仅现场取号");
    }

    @Test
    void theCitysServicesPage_linksHereWithTheMatterChosen() {
        browser.open(base + "/book?service=SB");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.shown("#slot-1000"));
        assertEquals("SB", new Select(browser.find("#service")).getFirstSelectedOption().getAttribute("value"));
        browser.open(base + "/book?service=NOPE");
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.driver.findElements(
                By.cssSelector("#service option")).size() > 1);
        assertEquals("", new Select(browser.find("#service")).getFirstSelectedOption().getAttribute("value"),
                "an unknown matter chooses nothing");
    }
}
