package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.testing.TestHall;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * A clerk works window 5 with the keyboard alone (Tab, Enter, Space, arrow keys): logs in, serves a
 * citizen from call to 办结, marks the next one 未到 and transfers a third; every element the keys reach
 * shows where the focus is.
 */
class ClerkKeyboardIT extends BrowserHall {
    @Test
    void aClerkServesMarksANoShowAndTransfers_withTheKeyboardAlone() {
        List<JsonNode> tickets = IntStream.range(0, 3).mapToObj(i -> kiosk.issue("HJ", null).json()).toList();
        browser.open(base + "/staff");
        browser.await(d -> focused().getAttribute("id").equals("user"));
        keys(TestHall.CLERK_5, Keys.TAB, TestHall.PASSWORD, Keys.ENTER);
        browser.await(d -> d.getCurrentUrl().endsWith("/staff/window/5"));
        browser.awaitText("#upcoming", number(tickets.get(2)));

        tabTo("[data-action='call-next']");
        keys(Keys.ENTER);
        browser.awaitText("#current-number", number(tickets.get(0)));
        awaitFocusOn("[data-action='start']"); // the button pressed is disabled now: the focus moved on
        keys(Keys.SPACE);
        browser.awaitText("#current-status", "正在办理");
        awaitFocusOn("[data-action='complete']");
        keys(Keys.ENTER);
        browser.await(d -> "DONE".equals(status(tickets.get(0))));
        awaitFocusOn("[data-action='call-next']");
        browser.screenshot("clerk-keyboard-focus");

        keys(Keys.ENTER);
        browser.awaitText("#current-number", number(tickets.get(1)));
        tabTo("[data-action='no-show']");
        keys(Keys.ENTER);
        browser.await(d -> "NO_SHOW".equals(status(tickets.get(1))));

        awaitFocusOn("[data-action='call-next']");
        keys(Keys.ENTER);
        browser.awaitText("#current-number", number(tickets.get(2)));
        tabTo("#transfer-to");
        keys(Keys.ARROW_DOWN);
        String to = browser.find("#transfer-to").getAttribute("value");
        tabTo("[data-action='transfer']");
        keys(Keys.ENTER);
        browser.await(d -> "WAITING".equals(status(tickets.get(2))));
        JsonNode moved = kiosk.get("/api/v1/tickets/" + tickets.get(2).get("token").asText()).json();
        assertEquals(to, "s:" + moved.get("serviceId").asText(), moved.toString());
    }

    private void keys(CharSequence... keys) {
        new Actions(browser.driver).sendKeys(keys).perform();
    }

    /** Presses Tab until the focus is on {@code css}, checking that each stop shows its focus. */
    private void tabTo(String css) {
        WebElement target = browser.find(css);
        for (int i = 0; i < 40 && !target.equals(focused()); i++) {
            keys(Keys.TAB);
            assertFocusVisible();
        }
        assertEquals(target, focused(), "Tab never reached " + css);
    }

    private void awaitFocusOn(String css) {
        browser.await(d -> browser.find(css).equals(focused()));
        assertFocusVisible();
    }

    private WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    private void assertFocusVisible() {
        Object ring = browser.driver.executeScript("const s = getComputedStyle(document.activeElement);"
                + "const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
                + "return outline || s.boxShadow !== 'none' ? '' : s.outlineStyle + ' ' + s.outlineWidth + ' | ' + s.boxShadow;");
        assertEquals("", ring, "no visible focus on " + focused().getTagName() + " " + focused().getText());
    }

    private static String number(JsonNode ticket) {
        return ticket.get("number").asText();
    }

    private String status(JsonNode ticket) {
        return kiosk.get("/api/v1/tickets/" + ticket.get("token").asText()).json().get("status").asText();
    }
}
