package hallq.controller.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Appointments over REST on a real controller: book, caps, rate limit, check-in at the kiosk, restart, no-show. */
class AppointmentsIT {
    private static final String ID_1 = "440306199003071232";
    private static final String ID_2 = "11010519491231002X";
    private final MutableClock clock = MutableClock.mondayAt(9, 0);

    private static String booking(String service, String date, String slot, String id) {
        return "{\"serviceId\":\"" + service + "\",\"date\":\"" + date + "\",\"slot\":\"" + slot + "\",\"idNumber\":\""
                + id + "\"}";
    }

    @Test
    void bookCheckInAndSurviveARestart() throws Exception {
        Path data = TestHall.newDataDir();
        String code;
        String token;
        try (Controller c = TestHall.start(data, clock)) {
            Http http = new Http(c.httpPort());
            JsonNode slots = http.get("/api/v1/appointments/slots?service=SB&date=2026-11-23").json();
            assertEquals(14, slots.size());
            assertEquals("10:00:00", slots.get(2).get("start").asText());
            assertEquals("10:30:00", slots.get(2).get("end").asText());
            assertEquals(0, http.get("/api/v1/appointments/slots?service=SB&date=2026-11-29").json().size(), "Sunday");
            assertEquals(6, http.get("/api/v1/appointments/slots?service=SB&date=2026-11-28").json().size(),
                    "the Saturday session 09:00-12:00");
            assertEquals(0, http.get("/api/v1/appointments/slots?service=QY&date=2026-11-28").json().size(),
                    "not in the Saturday session");
            assertEquals(409, http.get("/api/v1/appointments/slots?service=ZX&date=2026-11-24").status(), "on-site only");
            assertEquals(400, http.get("/api/v1/appointments/slots?service=SB").status());

            Http.Response booked = http.post("/api/v1/appointments", booking("SB", "2026-11-23", "10:00", ID_1));
            assertEquals(201, booked.status(), booked.body());
            code = booked.json().get("code").asText();
            token = booked.json().get("token").asText();
            assertTrue(code.matches("[2-9A-HJ-NP-Z]{8}"), code);
            assertEquals("BOOKED", http.get("/api/v1/appointments/" + token).json().get("status").asText());
            Http.Response twice = http.post("/api/v1/appointments", booking("SB", "2026-11-23", "14:00", ID_1));
            assertEquals(409, twice.status());
            assertEquals("PERSON_LIMIT", twice.json().get("code").asText());
            Http.Response badId = http.post("/api/v1/appointments", booking("SB", "2026-11-23", "14:00",
                    "440306199003071233"));
            assertEquals(400, badId.status());
            assertFalse(badId.body().contains("440306199003071233"), "the number is not echoed");
            assertEquals(400, http.post("/api/v1/appointments", booking("SB", "2026-11-31", "14:00", ID_2)).status());

            Http kiosk = Http.kiosk(c);
            String byCode = "{\"code\":\"" + code + "\",\"device\":\"kiosk-1\",\"clientRequestId\":\"kiosk-1-000001\"}";
            Http.Response anonymous = http.post("/api/v1/appointments/check-in", byCode);
            assertEquals(401, anonymous.status(), "only kiosks (and staff) check in");
            assertEquals("DEVICE_UNAUTHENTICATED", anonymous.json().get("code").asText());
            Http.Response early = kiosk.post("/api/v1/appointments/check-in", byCode);
            assertEquals(409, early.status());
            assertEquals("TOO_EARLY", early.json().get("code").asText());
            assertEquals("check-in for the 10:00 appointment opens at 09:30", early.json().get("message").asText());

            clock.advance(Duration.ofMinutes(40));
            String checkIn = "{\"idNumber\":\"" + ID_1 + "\",\"device\":\"kiosk-1\",\"clientRequestId\":\"kiosk-1-000002\"}";
            Http.Response ticket = kiosk.post("/api/v1/appointments/check-in", checkIn);
            assertEquals(201, ticket.status(), ticket.body());
            assertEquals("APPOINTMENT", ticket.json().get("priority").asText());
            Http.Response retry = kiosk.post("/api/v1/appointments/check-in", checkIn);
            assertEquals(ticket.json().get("number").asText(), retry.json().get("number").asText());
            assertEquals(400, kiosk.post("/api/v1/tickets", "{\"serviceId\":\"SB\",\"priority\":\"APPOINTMENT\"}").status(),
                    "no appointment priority without an appointment");
        }
        try (Controller c = TestHall.start(data, clock)) {
            Http http = new Http(c.httpPort());
            JsonNode a = http.get("/api/v1/appointments/" + token).json();
            assertEquals("CHECKED_IN", a.get("status").asText());
            assertEquals("G001", a.get("ticket").asText());
            assertEquals(1, http.get("/api/v1/appointments/slots?service=SB&date=2026-11-23").json().get(2)
                    .get("booked").asInt());

            Http.Response other = http.post("/api/v1/appointments", booking("HJ", "2026-11-23", "11:00", ID_2));
            assertEquals(201, other.status(), other.body());
            clock.advance(Duration.ofMinutes(60)); // 10:40, then 11:16 for the no-show
            clock.advance(Duration.ofMinutes(36));
            c.service().tick();
            assertEquals("NO_SHOW", http.get("/api/v1/appointments/" + other.json().get("token").asText()).json()
                    .get("status").asText());
        }
        String db = new String(Files.readAllBytes(data.resolve("hallq.db")), StandardCharsets.ISO_8859_1);
        assertFalse(db.contains(ID_1) || db.contains(ID_2), "no ID number in the database file");
    }

    @Test
    void bookingsAreRateLimitedPerAddress_andQuotasCanBeOverridden() throws Exception {
        try (Controller c = TestHall.start(TestHall.newDataDir(), clock)) {
            Http http = Http.manager(c.httpPort());
            Http.Response q = http.put("/api/v1/appointments/quotas",
                    "{\"serviceId\":\"SB\",\"date\":\"2026-11-24\",\"slot\":\"09:00\",\"quota\":1}");
            assertEquals(200, q.status(), q.body());
            assertEquals(1, q.json().get(0).get("quota").asInt());
            assertEquals(201, http.post("/api/v1/appointments", booking("SB", "2026-11-24", "09:00", ID_1)).status());
            Http.Response full = http.post("/api/v1/appointments", booking("SB", "2026-11-24", "09:00", ID_2));
            assertEquals("LIMIT", full.json().get("code").asText());
            int status = 0;
            for (int i = 0; i < 10 && status != 429; i++) {
                status = http.post("/api/v1/appointments", "{\"serviceId\":\"SB\"}").status();
            }
            assertEquals(429, status, "10 bookings a minute from one address");
            Http.Response limited = http.post("/api/v1/appointments", booking("SB", "2026-11-24", "10:00", ID_2));
            assertEquals("RATE_LIMITED", limited.json().get("code").asText());
            clock.advance(Duration.ofMinutes(1));
            assertEquals(201, http.post("/api/v1/appointments", booking("SB", "2026-11-24", "10:00", ID_2)).status());
        }
    }
}
