package hallq.controller.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Service guides from the demo hall's files, served by a real controller. */
class GuideIT {
    private static Controller controller;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        controller = TestHall.start(TestHall.newDataDir(), MutableClock.mondayAt(9, 30));
        http = new Http(controller.httpPort());
    }

    @AfterAll
    static void stop() {
        controller.close();
    }

    @Test
    void json_hasTheGuideAndWhereToGo() {
        Http.Response r = http.get("/api/v1/services/HJ/guide");
        assertEquals(200, r.status(), r.body());
        JsonNode g = r.json();
        assertEquals("居民身份证换领、补领", g.get("matter").asText());
        assertEquals("户籍办理", g.get("service").asText());
        List<Integer> windows = new ArrayList<>();
        g.get("windows").forEach(w -> windows.add(w.get("number").asInt()));
        assertEquals(List.of(1, 2, 5, 6, 7, 9), windows);              // standby windows 27 and 30 are not listed
        assertEquals("居民户口簿", g.at("/materials/0/name").asText());
        assertEquals(1, g.at("/materials/0/originals").asInt());
        assertEquals(20.0, g.at("/fees/0/yuan").asDouble());
        assertEquals("DAYS", g.at("/legalTimeLimit/unit").asText());
        assertEquals(60, g.at("/legalTimeLimit/days").asInt());
        assertEquals("http://127.0.0.1:8080/guide/HJ", g.get("page").asText());
        assertFalse(g.has("file"));
    }

    @Test
    void everyDemoService_hasAGuideAndAPage() {
        JsonNode services = http.get("/api/v1/services").json();
        assertEquals(12, services.size());
        for (JsonNode s : services) {
            String id = s.get("id").asText();
            Http.Response json = http.get("/api/v1/services/" + id + "/guide");
            assertEquals(200, json.status(), id + ": " + json.body());
            assertFalse(json.json().get("steps").isEmpty(), id);
            Http.Response page = http.get("/guide/" + id);
            assertEquals(200, page.status(), id);
            assertTrue(page.body().contains(json.json().get("matter").asText().replace("“", "").substring(0, 2)), id);
        }
    }

    @Test
    void page_isAPrintableChecklist_withNothingLoadedFromElsewhere() {
        Http.Response r = http.get("/guide/BDC");
        assertEquals(200, r.status());
        String html = r.body();
        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"zh-CN\">"), html.substring(0, 60));
        assertTrue(html.contains("申请材料（一次性告知清单）"));
        assertTrue(html.contains("<td class=\"box\">☐</td><td>3. 不动产权证书"), "the third material, numbered");
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("<td class=\"n\">80</td>"), "the residential registration fee");
        assertTrue(html.contains("13、14、15号窗口") || html.contains("3、4、13、14、15号窗口"), html);
        assertFalse(html.contains("src="), "no images or scripts from anywhere");
        assertFalse(html.contains("href=\"http"), "no links to other sites");
        assertFalse(html.contains("<link"), "no external style sheets");
    }

    @Test
    void page_inEnglish_keepsTheChineseNamesBeside() {
        String html = http.get("/guide/HJ?lang=en").body();
        assertTrue(html.startsWith("<!DOCTYPE html><html lang=\"en\">"));
        assertTrue(html.contains("Materials to bring (checklist)"));
        assertTrue(html.contains("Household register (hukou booklet) <span class=\"zh\">居民户口簿</span>"));
        assertTrue(html.contains("60 days (交通不便的地区可以适当延长，延长不超过30日)"));
        assertTrue(html.contains("<a href=\"?lang=zh\">中文</a>"));
    }

    @Test
    void unknownServiceOrLanguage_isAClearError() {
        Http.Response json = http.get("/api/v1/services/XX/guide");
        assertEquals(404, json.status());
        assertEquals("NOT_FOUND", json.json().get("code").asText());
        assertEquals("unknown service 'XX'", json.json().get("message").asText());
        Http.Response page = http.get("/guide/XX");
        assertEquals(404, page.status());
        assertTrue(page.body().contains("没有事项“XX”的办事指南"));
        Http.Response lang = http.get("/guide/HJ?lang=fr");
        assertEquals(400, lang.status());
        assertTrue(lang.body().contains("lang must be zh or en"));
    }
}
