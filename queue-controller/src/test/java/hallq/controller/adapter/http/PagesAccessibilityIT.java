package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.city.CityNotice;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/**
 * axe-core's WCAG 2.1 A/AA audit of every page of the controller in its main states: none may have a
 * serious or critical finding (the moderate and minor ones that stay are listed in docs/web.md).
 */
class PagesAccessibilityIT extends BrowserHall {
    @Test
    void theCitizensTicketPage_waitingCalledAndDone() {
        ticketPageOnAPhone("HJ");
        browser.await(d -> browser.shown("#guide-card"));
        browser.assertAccessible("ticket page, waiting");
        Http clerk = Http.clerk5(controller.httpPort());
        clerk.post("/api/v1/windows/5/call-next", null);
        browser.awaitText("#called-where", "5号窗口");
        browser.assertAccessible("ticket page, called");
        clerk.post("/api/v1/windows/5/start", null);
        clerk.post("/api/v1/windows/5/complete", null);
        browser.await(d -> browser.shown("#rating"));
        browser.assertAccessible("ticket page, done: the rating");
    }

    @Test
    void theBookingPage_andTheHoldersPage() {
        browser.phone();
        browser.open(base + "/book?service=SB");
        chooseTheLastFreeSlot();
        browser.assertAccessible("booking page");
        browser.find("#submit").click();
        browser.await(d -> browser.shown("#code") || !browser.text("#error").isBlank());
        assertTrue(browser.shown("#code"), browser.text("#error"));
        browser.assertAccessible("holder's page");
    }

    @Test
    void theServiceGuidePage() {
        browser.open(base + "/guide/HJ");
        browser.await(d -> browser.shown("h1"));
        browser.screenshot("guide-page");
        browser.assertAccessible("service guide");
    }

    @Test
    void theStaffLogin_andTheClerkConsole_idleAndWithACitizenCalled() {
        kiosk.issue("HJ", null);
        browser.open(base + "/staff");
        browser.await(d -> browser.shown("#login-button"));
        browser.screenshot("staff-login");
        browser.assertAccessible("staff login");
        browser.login(base, TestHall.CLERK_5, TestHall.PASSWORD);
        browser.await(d -> d.getCurrentUrl().endsWith("/staff/window/5"));
        browser.await(d -> !browser.text("#upcoming").isBlank());
        browser.assertAccessible("clerk console, idle");
        browser.find("[data-action='call-next']").click();
        browser.awaitText("#message", "已呼叫");
        browser.awaitText("#guide", "户籍");
        browser.assertAccessible("clerk console, citizen called");
    }

    @Test
    void theDashboard_withACityNotice() {
        browser.driver.manage().window().setSize(new Dimension(1440, 1400));
        kiosk.issue("HJ", null);
        browser.login(base, TestHall.MANAGER, TestHall.PASSWORD);
        browser.await(d -> browser.shown("[data-window='27']"));
        Instant now = Instant.now();
        controller.service().citySupervisions().receive(List.of(new CityNotice(5, "户籍办理等候超时，请说明原因并报整改措施",
                "city-office", now, now.plus(Duration.ofHours(72)), 3L, "WAIT_OVER_TARGET", "HJ")));
        browser.await(d -> browser.shown("[data-notice='5'] [data-action='acknowledge']"));
        browser.await(d -> !browser.text("#today-summary").isBlank());
        browser.assertAccessible("dashboard");
        browser.find("[data-window='27']").click();
        browser.await(d -> browser.shown("#panel"));
        browser.assertAccessible("dashboard, a window's actions open");
    }
}
