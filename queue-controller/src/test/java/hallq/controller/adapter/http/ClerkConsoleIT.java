package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.testing.Http;
import hallq.controller.testing.MqttProbe;
import hallq.controller.testing.TestHall;
import hallq.protocol.mqtt.Topics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

/** The clerk console of window 5 in headless Chromium, beside the citizen's page and the window's keypad. */
class ClerkConsoleIT extends BrowserHall {
    @Test
    void clerkCallsTheNextCitizen_andTheCitizensPageShowsTheWindow() {
        JsonNode ticket = kiosk.issue("HJ", null).json();
        kiosk.issue("SB", null);
        browser.login(base, TestHall.CLERK_5, TestHall.PASSWORD);
        browser.await(d -> d.getCurrentUrl().endsWith("/staff/window/5"));
        browser.awaitText("#upcoming", ticket.get("number").asText());
        browser.screenshot("clerk-waiting");

        browser.find("[data-action='call-next']").click();
        browser.awaitText("#current-number", ticket.get("number").asText());
        browser.awaitText("#message", "已呼叫");
        browser.awaitText("#guide", "户籍");
        browser.screenshot("clerk-called");

        String console = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.phone();
        browser.open(base + "/t/" + ticket.get("token").asText());
        browser.awaitText("#called-where", "5号窗口");
        browser.screenshot("citizen-called-by-the-console");
        browser.driver.close();
        browser.driver.switchTo().window(console);
        browser.desk();

        browser.find("[data-action='start']").click();
        browser.awaitText("#current-status", "正在办理");
        browser.find("#case-number").sendKeys("GA-2026-000123");
        browser.find("[data-action='complete']").click();
        browser.await(d -> "DONE".equals(kiosk.get("/api/v1/tickets/" + ticket.get("token").asText())
                .json().get("status").asText()));
        JsonNode done = Http.manager(controller.httpPort()).get("/api/v1/tickets?number=" + ticket.get("number").asText()).json();
        assertTrue(done.get("events").findValuesAsText("actor").contains("clerk:clerk5"), done.toString());
        assertTrue(done.get("events").findValuesAsText("detail").contains("GA-2026-000123"),
                "the 办件编号 is kept with the completion: " + done);
        browser.await(d -> "".equals(browser.find("#case-number").getAttribute("value"))); // empty for the next citizen
    }

    @Test
    void aClerkChangesTheirPassword_onTheConsole() {
        browser.login(base, TestHall.CLERK_5, TestHall.PASSWORD);
        browser.await(d -> d.getCurrentUrl().endsWith("/staff/window/5"));
        browser.find("#change-password").click();
        changePassword(TestHall.PASSWORD, "new-password-55", "new-password-56");
        browser.awaitText("#pw-message", "两次输入的新密码不一致");
        changePassword(TestHall.PASSWORD, "short", "short");
        browser.awaitText("#pw-message", "密码至少需要 8 个字符");
        changePassword(TestHall.PASSWORD, "new-password-55", "new-password-55");
        browser.awaitText("#pw-message", "密码已修改");
        browser.screenshot("clerk-password-changed");
        assertEquals(200, new Http(controller.httpPort()).login(TestHall.CLERK_5, "new-password-55")
                .get("/api/v1/auth/me").status());
        browser.open(base + "/staff/window/5");
        browser.awaitText("#who", "王芳"); // the console's own session was renewed with the change
    }

    private void changePassword(String current, String fresh, String again) {
        for (String[] field : new String[][] {{"#pw-current", current}, {"#pw-new", fresh}, {"#pw-repeat", again}}) {
            browser.find(field[0]).clear();
            browser.find(field[0]).sendKeys(field[1]);
        }
        browser.find("#pw-save").click();
    }

    @Test
    void theKeypadOnTheSameWindow_showsOnTheConsoleAtOnce() throws Exception {
        List<String> numbers = List.of(kiosk.issue("HJ", null).json().get("number").asText(),
                kiosk.issue("HJ", null).json().get("number").asText());
        browser.login(base, TestHall.CLERK_5, TestHall.PASSWORD);
        browser.await(d -> d.getCurrentUrl().endsWith("/staff/window/5"));
        browser.awaitText("#upcoming", numbers.get(1));
        try (MqttProbe keypad = new MqttProbe(controller)) {
            keypad.publish(new Topics("yunshan-center").callerCommand(5), "{\"cmd\":\"NEXT\",\"requestId\":\"kp5-1\"}");
            browser.awaitText("#current-number", numbers.get(0));
            browser.await(d -> !browser.text("#upcoming").contains(numbers.get(0)));
            keypad.publish(new Topics("yunshan-center").callerCommand(5), "{\"cmd\":\"START\",\"requestId\":\"kp5-2\"}");
            browser.awaitText("#current-status", "正在办理");
        }
        browser.find("[data-action='call-next']").click();
        browser.awaitText("#current-number", numbers.get(1));
        browser.screenshot("clerk-after-keypad");
    }

    @Test
    void aClerkCannotActOnAnotherWindow() {
        kiosk.issue("HJ", null);
        browser.login(base, TestHall.CLERK_5, TestHall.PASSWORD);
        browser.await(d -> d.getCurrentUrl().endsWith("/staff/window/5"));
        browser.open(base + "/staff/window/6");
        browser.awaitText("#not-yours", "6号窗口未分配给您");
        browser.await(d -> !browser.text("#title").equals("窗口叫号"));
        for (WebElement b : browser.driver.findElements(By.cssSelector("[data-action]"))) {
            assertTrue(!b.isEnabled(), "disabled: " + b.getText());
        }
        Object status = browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/windows/6/call-next', {method: 'POST', credentials: 'same-origin'})"
                + ".then(r => r.json()).then(p => done(p.status + ' ' + p.code));");
        assertEquals("403 FORBIDDEN", status, "the controller refuses it too, not only the page");
        assertTrue(kiosk.get("/api/v1/windows/6").json().get("currentTicket").isNull());
        browser.screenshot("clerk-not-your-window");
    }
}
