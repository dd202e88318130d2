package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.testing.Http;
import org.junit.jupiter.api.Test;

/**
 * 长辈模式 on the citizen's phone: one switch on the ticket page and the booking page gives large text
 * and high contrast, and the phone keeps it across reloads and pages until it is switched off.
 */
class ElderlyModeIT extends BrowserHall {
    @Test
    void elderlyMode_isSwitchedOnOnTheTicketPage_keptOnReloadAndOnTheBookingPage_andSwitchedOff() {
        JsonNode t = ticketPageOnAPhone("HJ");
        double normal = fontSize("#number");
        assertFalse(elderly());
        assertEquals("false", browser.find("[data-elderly-toggle]").getAttribute("aria-pressed"));

        browser.find("[data-elderly-toggle]").click();
        assertTrue(elderly());
        browser.driver.navigate().refresh();
        browser.awaitText("#number", t.get("number").asText());
        assertTrue(elderly(), "kept on this phone");
        assertEquals("true", browser.find("[data-elderly-toggle]").getAttribute("aria-pressed"));
        assertTrue(fontSize("#number") >= 1.4 * normal, fontSize("#number") + " against " + normal);
        browser.screenshot("citizen-waiting-elderly");
        browser.assertAccessible("ticket page in elderly mode");
        Http.clerk5(controller.httpPort()).post("/api/v1/windows/5/call-next", null);
        browser.awaitText("#called-where", "5号窗口");
        browser.screenshot("citizen-called-elderly");
        browser.find("[data-lang-toggle]").click();
        browser.awaitText("[data-elderly-toggle]", "Large text");
        browser.find("[data-lang-toggle]").click();

        browser.open(base + "/book?service=SB");
        chooseTheLastFreeSlot();
        assertTrue(elderly(), "the booking page of the same phone opens in elderly mode");
        browser.screenshot("booking-form-elderly");
        browser.assertAccessible("booking page in elderly mode");
        browser.find("#submit").click();
        browser.await(d -> browser.shown("#code"));
        browser.screenshot("booking-done-elderly");
        browser.assertAccessible("holder's page in elderly mode");

        browser.find("[data-elderly-toggle]").click();
        browser.driver.navigate().refresh();
        browser.await(d -> browser.shown("#code"));
        assertFalse(elderly(), "switched off, and kept off");
    }

    private boolean elderly() {
        return browser.find("html").getAttribute("class").contains("elderly");
    }

    private double fontSize(String css) {
        return Double.parseDouble(browser.find(css).getCssValue("font-size").replace("px", ""));
    }
}
