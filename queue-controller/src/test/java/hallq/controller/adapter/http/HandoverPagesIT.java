package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.city.Handover;
import hallq.protocol.rest.HandoverView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * Handovers (代办转报) in the browser: the clerk hands the citizen at the window over from the
 * console, the 收件通知书 page shows the receipt with its QR code, the citizen's page follows it by
 * token, and the receiving hall's page accepts an incoming one — each page audited by axe-core.
 */
class HandoverPagesIT extends BrowserHall {
    @Test
    void theClerkHandsACitizenOver_theReceiptPrints_andTheCitizenFollowsIt() {
        kiosk.issue("HJ", null);
        Http clerk = Http.clerk5(controller.httpPort());
        clerk.post("/api/v1/windows/5/call-next", null);
        clerk.post("/api/v1/windows/5/start", null);
        browser.login(base, TestHall.CLERK_5, TestHall.PASSWORD);
        browser.await(d -> d.getCurrentUrl().endsWith("/staff/window/5"));
        browser.awaitText("#current-number", "A");
        browser.find("#handover-open").click();
        browser.await(d -> browser.shown("#handover-form"));
        assertEquals("HJ", browser.find("#ho-matter").getAttribute("value"), "the matter is the ticket's own");
        browser.find("#ho-propose").click(); // this hall has no city hub: the clerk is told to type the hall
        browser.awaitText("#message", "市级平台");
        browser.find("#ho-to").sendKeys("street-baiyun");
        browser.find("#ho-materials").sendKeys("居民身份证复印件" + Keys.ENTER + "户口簿");
        browser.assertAccessible("clerk console, the handover form");
        browser.find("#ho-send").click();
        browser.awaitText("#message", "已转报");
        HandoverView sent = controller.service().handovers().list().get(0);
        assertEquals(List.of("居民身份证复印件", "户口簿"), sent.materials());
        assertEquals("street-baiyun", sent.toHall());

        browser.open(base + "/staff/handover/" + sent.receipt());
        browser.awaitText("#facts", sent.receipt());
        assertTrue(!browser.shown("#print-window") && !browser.shown("#printing"),
                "window 5 has no receipt printer: only the browser's print button");
        browser.await(d -> (Boolean) browser.driver.executeScript(
                "const i = document.getElementById('qr'); return i.complete && i.naturalWidth > 0;"));
        browser.screenshot("handover-receipt");
        browser.assertAccessible("handover receipt (收件通知书)");

        browser.phone();
        browser.open(sent.trackUrl().replaceFirst("^https?://[^/]+", base));
        browser.awaitText("#receipt", sent.receipt());
        assertTrue(browser.text("#steps").contains("已收件并转报"), browser.text("#steps"));
        browser.screenshot("handover-citizen");
        browser.assertAccessible("the citizen's handover page");
    }

    @Test
    void theReceivingHall_acceptsAnIncomingHandover_onItsPage() {
        Instant now = Instant.now();
        String here = controller.service().config().hall().id();
        controller.service().handovers().receive(List.of(new Handover("village-hedong-20261203-101500", "village-hedong",
                "河东社区服务站", here, "云山区政务服务中心", "HJ", "户籍迁入", List.of("户口簿", "迁入申请表"), null, now,
                now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(20)),
                List.of(new Handover.Step(Handover.SENT, now, "village-hedong", "clerk1", "K003")), 1)));
        browser.login(base, TestHall.MANAGER, TestHall.PASSWORD);
        browser.await(d -> browser.shown("[data-receipt='village-hedong-20261203-101500']"));
        browser.find("[data-receipt='village-hedong-20261203-101500'] a").click();
        browser.awaitText("#steps", "办理单位已收到");
        browser.assertAccessible("an incoming handover, to accept");
        browser.find("#actions .btn.primary").click();
        browser.awaitText("#steps", "已受理");
        assertEquals("ACCEPTED", controller.service().handovers().one("village-hedong-20261203-101500").status());
        browser.screenshot("handover-incoming-accepted");
    }
}
