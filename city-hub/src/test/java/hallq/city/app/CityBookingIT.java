package hallq.city.app;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.city.store.HubDatabase;
import hallq.city.store.PersonKeyFile;
import hallq.controller.app.Controller;
import hallq.controller.service.Rejection;
import hallq.protocol.Json;
import hallq.protocol.ResidentId;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallInfo;
import hallq.protocol.rest.QuotaOverride;
import hallq.protocol.rest.SlotView;
import hallq.protocol.testing.Browser;
import hallq.protocol.testing.TestDirs;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * City-wide booking on one page (docs/city.md): through a real hub, a citizen books a slot at a real
 * street centre; the hall answers (its slots, its refusals, its appointment), the hub keeps nothing;
 * a hall the hub cannot reach cannot be booked and the page says so. Each hall sits behind a front
 * (a reverse proxy) whose address is the hall's public one.
 */
class CityBookingIT {
    private static final ObjectMapper JSON = Json.lenient();
    private static final String ONE = ResidentId.withCheck("44010619800101001");
    private static final String TWO = ResidentId.withCheck("44010619800101002");
    private static final String THREE = ResidentId.withCheck("44010619800101003");
    private static final String FOUR = ResidentId.withCheck("44010619800101004");
    private final HttpClient http = HttpClient.newHttpClient();
    private Hub hub;
    private HallFront streetFront;
    private HallFront villageFront;
    private Controller street;
    private Controller village;
    private Browser browser;

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {browser, village, street, villageFront, streetFront, hub}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void aCitizen_booksAnyHallsSlotOnTheCitysPage_theHallAnswers_andAHallOutOfReachCannotBeBooked() throws Exception {
        Path hubDir = TestDirs.fresh("booking-hub");
        hub = Hub.start(HubDatabase.privateCluster(hubDir), "127.0.0.1", 0, InstantSource.system(),
                PersonKeyFile.open(hubDir.resolve("secrets").resolve("person-keys.json")));
        CityLine.register(hub);
        streetFront = new HallFront();
        villageFront = new HallFront();
        street = CityLine.hall(hub, at(CityLine.STREET, streetFront.url()), TestDirs.fresh("booking-street"));
        streetFront.to("http://127.0.0.1:" + street.httpPort());
        village = CityLine.hall(hub, at(CityLine.VILLAGE, villageFront.url()), TestDirs.fresh("booking-village"));
        villageFront.to("http://127.0.0.1:" + village.httpPort());
        await().atMost(CityLine.WAIT).until(() -> hall("street-baiyun").path("bookable").asBoolean()
                && hall("village-hedong").path("bookable").asBoolean());

        // the hall as the page shows it, and its slots exactly as the hall itself answers them
        JsonNode view = hall("street-baiyun");
        assertEquals(CityLine.STREET.hall().name(), view.path("hallName").asText());
        await().atMost(CityLine.WAIT).until(() -> hall("street-baiyun").path("today").asText()
                .equals(street.service().hall().businessDate().toString())); // the hall's own day, from its figures
        LocalDate day = bookableDay();
        String slots = "/slots?service=SB&date=" + day;
        assertEquals(JSON.readTree(get(streetFront.url() + "/api/v1/appointments" + slots).body()),
                JSON.readTree(get(hub.url() + "/api/v1/city/book/street-baiyun" + slots).body()));

        // booked through the hub: the street centre holds the appointment; its holder's page is the hall's
        SlotView slot = street.service().appointments().slots("SB", day).stream().filter(s -> s.available() > 0)
                .findFirst().orElseThrow();
        street.service().appointments().setQuota(new QuotaOverride("SB", day, slot.start(), slot.booked() + 2), "manager");
        HttpResponse<String> booked = book("street-baiyun", day, slot, ONE);
        assertEquals(201, booked.statusCode(), booked.body());
        JsonNode answer = JSON.readTree(booked.body());
        String token = answer.path("appointment").path("token").asText();
        assertEquals(streetFront.url() + "/a/" + token, answer.path("holderUrl").asText());
        assertEquals("street-baiyun", answer.path("hallId").asText());
        assertEquals("BOOKED", street.service().appointments().get(token).status());
        assertEquals(answer.path("appointment").path("code").asText(), street.service().appointments().get(token).code());
        assertEquals(slot.booked() + 1, bookedAt(day, slot));

        // the hall's refusals come back as the hall gave them, and change nothing
        assertEquals(201, book("street-baiyun", day, slot, TWO).statusCode());
        HttpResponse<String> full = book("street-baiyun", day, slot, THREE);
        assertEquals(409, full.statusCode(), full.body());
        assertEquals("LIMIT", JSON.readTree(full.body()).path("code").asText());
        HttpResponse<String> badId = book("street-baiyun", day, slot, ONE.substring(0, 17) + (ONE.endsWith("1") ? "2" : "1"));
        assertEquals(400, badId.statusCode(), badId.body());
        assertEquals("INVALID", JSON.readTree(badId.body()).path("code").asText());
        HttpResponse<String> junk = post(hub.url() + "/api/v1/city/book/street-baiyun", "{\"serviceId\":\"SB\"}");
        assertEquals(400, junk.statusCode(), "checked at the hub, not forwarded: " + junk.body());
        assertEquals(404, book("no-such-hall", day, slot, THREE).statusCode());
        assertEquals(slot.booked() + 2, bookedAt(day, slot));

        // the village goes out of reach (its web server down behind its front): it cannot be booked
        villageFront.to(null);
        SlotView villageSlot = village.service().appointments().slots("SB", day).get(0);
        village.service().appointments().setQuota(new QuotaOverride("SB", day, villageSlot.start(), 4), "manager");
        HttpResponse<String> offline = book("village-hedong", day, villageSlot, THREE);
        assertEquals(503, offline.statusCode(), offline.body());
        assertEquals("HALL_OFFLINE", JSON.readTree(offline.body()).path("code").asText());
        assertEquals(503, get(hub.url() + "/api/v1/city/book/village-hedong" + slots).statusCode());
        assertEquals(0, village.service().appointments().slots("SB", day).get(0).booked());

        // the page, on a phone: matter and hall from the services page's link, a day, a time, the ID number
        browser = Browser.start();
        browser.phone();
        browser.open(hub.url() + "/city/book?matter=SB&hall=street-baiyun");
        browser.await(d -> browser.shown("#date-" + day) ? true : null);
        browser.find("#date-" + day).click();
        SlotView free = street.service().appointments().slots("SB", day).stream().filter(s -> s.available() > 0)
                .findFirst().orElseThrow();
        String chip = "#slot-" + free.start().toString().replace(":", "");
        browser.await(d -> browser.shown(chip) ? true : null);
        browser.find(chip).click();
        browser.find("#id-number").sendKeys(FOUR);
        browser.screenshot("city-book-form");
        browser.find("#submit").click();
        browser.awaitText("#done-hall", CityLine.STREET.hall().name());
        String code = browser.text("#code");
        String holder = browser.find("#done-link").getDomAttribute("href");
        assertTrue(holder.startsWith(streetFront.url() + "/a/"), holder);
        assertEquals(code, street.service().appointments().get(holder.substring(holder.lastIndexOf('/') + 1)).code(),
                "the code the page shows is the street centre's appointment");
        browser.screenshot("city-book-phone");
        browser.assertAccessible("city booking");

        browser.open(hub.url() + "/city/book?matter=SB&hall=village-hedong");
        browser.awaitText("#hall-state", "暂时无法在线预约");
        assertTrue(browser.find("#submit").getDomProperty("disabled").equals("true"), "no booking while out of reach");
        browser.screenshot("city-book-offline");
        browser.find("#lang").click();
        browser.awaitText("#hall-state", "cannot be booked online now");
        browser.find("#lang").click();
    }

    private static HallConfig at(HallConfig c, String publicUrl) {
        HallInfo h = c.hall();
        return new HallConfig(new HallInfo(h.id(), h.name(), h.nameEn(), h.timezone(), h.hours(), h.hotline(),
                h.complaintPhone(), publicUrl, h.regionCode()), c.services(), c.windows(), c.policy(), c.devices(),
                c.calendar(), c.appointments(), c.sessions());
    }

    private JsonNode hall(String id) throws Exception {
        return JSON.readTree(get(hub.url() + "/api/v1/city/book/" + id).body());
    }

    private int bookedAt(LocalDate day, SlotView slot) {
        return street.service().appointments().slots("SB", day).stream().filter(s -> s.start().equals(slot.start()))
                .findFirst().orElseThrow().booked();
    }

    private HttpResponse<String> book(String hall, LocalDate day, SlotView slot, String id) throws Exception {
        return post(hub.url() + "/api/v1/city/book/" + hall, JSON.writeValueAsString(Map.of("serviceId", "SB", "date",
                day.toString(), "slot", slot.start().toString(), "idNumber", id)));
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The first day from tomorrow on with free slots for 社保医保 at the street centre. */
    private LocalDate bookableDay() {
        LocalDate d = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        for (int i = 0; i < 7; i++, d = d.plusDays(1)) {
            try {
                if (street.service().appointments().slots("SB", d).stream().anyMatch(s -> s.available() > 0)) {
                    return d;
                }
            } catch (Rejection closed) { // a day the hall does not open
            }
        }
        throw new IllegalStateException("no bookable day within a week");
    }
}
