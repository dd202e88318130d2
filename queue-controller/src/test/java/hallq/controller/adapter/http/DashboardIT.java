package hallq.controller.adapter.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.testing.Http;
import hallq.controller.testing.MqttProbe;
import hallq.controller.testing.TestHall;
import hallq.protocol.city.CityNotice;
import hallq.protocol.mqtt.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;

/** The manager dashboard in headless Chromium: window actions reach the boards' topics, proposals are decided. */
class DashboardIT extends BrowserHall {
    private final Topics topics = new Topics("yunshan-center");

    @BeforeEach
    void tallWindow() {
        browser.driver.manage().window().setSize(new Dimension(1440, 1400));
    }

    private void logInAsManager() {
        browser.login(base, TestHall.MANAGER, TestHall.PASSWORD);
        browser.await(d -> d.getCurrentUrl().endsWith("/staff/dashboard"));
        browser.await(d -> browser.shown("[data-window='27']"));
    }

    @Test
    void managerOpensAWindow_andTheBoardTopicShowsIt() throws Exception {
        for (int i = 0; i < 6; i++) {
            kiosk.issue(i % 2 == 0 ? "HJ" : "SB", null);
        }
        try (MqttProbe board = new MqttProbe(controller, topics.window(27))) {
            logInAsManager();
            browser.awaitText("[data-kpi='kpi.waiting']", "6");
            browser.find("[data-window='27']").click();
            browser.find("#clerk-name").clear();
            browser.find("#clerk-name").sendKeys("赵敏");
            browser.find("[data-window-action='open']").click();
            await().atMost(Duration.ofSeconds(10)).until(() -> board.on(topics.window(27)).stream().anyMatch(m ->
                    "OPEN".equals(m.json().at("/data/state").asText()) && "赵*".equals(m.json().at("/data/clerk").asText())));
            browser.awaitText("[data-window='27']", "服务中");
            browser.awaitText("#audit", "POST /api/v1/windows/27/open");
            browser.await(d -> !browser.text("#today-summary").isBlank());
            browser.awaitText("[data-device='link-ratings']", "好差评上报"); // beside the devices: what leaves the hall
            assertTrue(browser.text("[data-device='link-ratings']").contains("正常"),
                    browser.text("[data-device='link-ratings']"));
            browser.driver.manage().window().setSize(new Dimension(1440, 2100));
            browser.screenshot("dashboard");
        }
        JsonNode links = Http.manager(controller.httpPort()).get("/api/v1/system/links").json();
        assertEquals("file", links.at("/ratings/sink").asText(), links.toString());
        assertTrue(links.at("/ratings/problem").isNull() && links.path("city").isMissingNode(), links.toString());
        JsonNode audit = Http.manager(controller.httpPort()).get("/api/v1/audit?limit=5").json();
        assertTrue(audit.toString().contains("manager:manager"), audit.toString());
    }

    @Test
    void aCitySupervisionNotice_appearsLive_andIsAcknowledgedAndAnsweredThere() {
        logInAsManager();
        assertTrue(!browser.shown("#city-notices-card"), "no card while the city has sent nothing");
        Instant now = Instant.now();
        controller.service().citySupervisions().receive(List.of(new CityNotice(5, "户籍办理等候超时，请说明原因并报整改措施",
                "city-office", now, now.plus(Duration.ofHours(72)), 3L, "WAIT_OVER_TARGET", "HJ")));
        browser.await(d -> browser.shown("[data-notice='5'] [data-action='acknowledge']"));
        browser.awaitText("#alerts", "市级督办：户籍办理等候超时");
        browser.find("[data-notice='5'] [data-action='acknowledge']").click();
        browser.awaitText("[data-notice='5']", "待答复");
        browser.find("[data-answer='5']").sendKeys("已增开 27 号备用窗口，午间不停岗");
        // another notice arrives while the manager types: the list is drawn again, the draft stays
        controller.service().citySupervisions().receive(List.of(new CityNotice(6, "请报送本周差评整改情况", "city-office",
                now, now.plus(Duration.ofHours(72)), null, null, null)));
        browser.await(d -> browser.shown("[data-notice='6']"));
        assertEquals("已增开 27 号备用窗口，午间不停岗", browser.find("[data-answer='5']").getAttribute("value"));
        browser.find("[data-notice='5'] [data-action='answer']").click();
        browser.awaitText("[data-notice='5']", "已答复");
        browser.screenshot("dashboard-city-notice");
        JsonNode notices = Http.manager(controller.httpPort()).get("/api/v1/city-notices").json();
        JsonNode answered = null;
        for (JsonNode n : notices) {
            answered = n.get("id").asLong() == 5 ? n : answered;
        }
        assertEquals("ANSWERED", answered.get("status").asText(), notices.toString());
        assertEquals("已增开 27 号备用窗口，午间不停岗", answered.get("answer").asText());
        assertEquals("manager:manager", answered.get("acknowledgedBy").asText(), "the manager's staff id");
    }

    @Test
    void aProposalOfThePolicy_isApprovedOnTheDashboard() {
        logInAsManager();
        new Select(browser.find("#policy-form select[name='mode']")).selectByValue("APPROVAL");
        browser.find("#p-openWhenPredictedWaitOver").clear();
        browser.find("#p-openWhenPredictedWaitOver").sendKeys("2");
        browser.find("#p-closeWhenBelow").clear();
        browser.find("#p-closeWhenBelow").sendKeys("1");
        browser.find("#policy-save").click();
        browser.awaitText("#policy-message", "策略已保存");
        Http manager = Http.manager(controller.httpPort());
        assertEquals("APPROVAL", manager.get("/api/v1/policy").json().at("/settings/mode").asText());
        for (int i = 0; i < 40; i++) {
            kiosk.issue("HJ", null);
        }
        browser.await(d -> browser.shown("[data-proposal] [data-verdict='approve']"));
        browser.screenshot("dashboard-proposal");
        browser.find("[data-proposal] [data-verdict='approve']").click();
        await().atMost(Duration.ofSeconds(10)).until(() -> manager.get("/api/v1/policy").json().get("pending")
                .findValuesAsText("status").contains("SCHEDULED"));
    }

    @Test
    void predictedAndActualWaits_areDrawnFromTheRecordedSeries() {
        Http manager = Http.manager(controller.httpPort());
        awaitSamples(manager, 1);
        for (int i = 0; i < 3; i++) {
            kiosk.issue("CJ", null);
        }
        clock.advance(Duration.ofMinutes(1));
        awaitSamples(manager, 2);
        assertEquals(200, manager.post("/api/v1/windows/24/call-next", null).status());
        clock.advance(Duration.ofMinutes(1));
        awaitSamples(manager, 3);
        logInAsManager();
        browser.await(d -> browser.shown("#wait-service option[value='CJ']"));
        new Select(browser.find("#wait-service")).selectByValue("CJ");
        String series = "const c = Chart.getChart('chart-waits'); return c ? c.data.datasets.map(d => d.label + '=' "
                + "+ d.data.map(p => p.y === null ? '-' : p.y).join(',')).join(' | ') : '';";
        browser.await(d -> String.valueOf(browser.driver.executeScript(series)).contains("实际等候（按取号时间）=1"));
        String drawn = String.valueOf(browser.driver.executeScript(series));
        // the third sample: two ahead, the window a minute into a 3-minute service (2.5 left of it, not 3)
        assertTrue(drawn.contains("预计等候（新取号）=0,9,8.5"), drawn);
        assertTrue(drawn.contains("预计上限 p90=0,17.7,16.8"), drawn);
        assertTrue(drawn.contains("仍在等候（已等）=2,2"), drawn);
        assertTrue(drawn.contains("排队人数=0,3,2"), drawn);
        assertTrue(drawn.contains("开放窗口=1,1,1"), drawn);
        browser.awaitText("#waits-summary", "已叫号 1 位");
        browser.driver.executeScript("document.getElementById('chart-waits').scrollIntoView({block: 'center'})");
        browser.screenshot("dashboard-waits");
    }

    private static void awaitSamples(Http manager, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() ->
                manager.get("/api/v1/waits?service=CJ").json().get("samples").size() >= count);
    }

    @Test
    void aManagerResetsAClerksPassword_whichIsShownOnce() {
        logInAsManager();
        browser.await(d -> browser.shown("[data-reset='clerk5']"));
        browser.find("[data-reset='clerk5']").click();
        browser.awaitText("[data-reset='clerk5']", "确认重置");
        browser.find("[data-reset='clerk5']").click();
        browser.awaitText("#reset-done", "王芳");
        String password = browser.text("#reset-done .password-shown");
        assertEquals(12, password.length(), password);
        browser.screenshot("dashboard-password-reset");
        assertEquals("CLERK", new Http(controller.httpPort()).login(TestHall.CLERK_5, password).get("/api/v1/auth/me")
                .json().get("role").asText());
        browser.awaitText("#audit", "/api/v1/staff/clerk5/password");
    }

    @Test
    void aClerkIsToldTheDashboardIsForManagers() {
        browser.login(base, TestHall.CLERK_5, TestHall.PASSWORD);
        browser.await(d -> d.getCurrentUrl().endsWith("/staff/window/5"));
        browser.open(base + "/staff/dashboard");
        browser.awaitText("#managers-only", "只供管理人员");
        browser.screenshot("dashboard-clerk-refused");
    }
}
