package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Login attempts, refused kiosk logins and unknown citizen tokens are limited per address; other requests are not. */
class ThrottleIT {
    private static final String HJ = "{\"serviceId\":\"HJ\"}";
    private final MutableClock clock = MutableClock.mondayAt(9, 0);

    @Test
    void loginSprayIsStoppedForAMinute_thenLetThrough() throws Exception {
        try (Controller c = TestHall.start(TestHall.newDataDir(), clock)) {
            Http http = new Http(c.httpPort());
            for (int i = 0; i < Throttle.LOGINS_PER_MINUTE; i++) {
                Http.Response r = http.post("/api/v1/auth/login", "{\"user\":\"nobody" + i + "\",\"password\":\"x\"}");
                assertEquals(401, r.status(), r.body());
            }
            Http.Response limited = http.post("/api/v1/auth/login", "{\"user\":\"manager\",\"password\":\"x\"}");
            assertEquals(429, limited.status());
            assertEquals("RATE_LIMITED", limited.json().get("code").asText());
            assertTrue(limited.json().get("message").asText().contains("登录尝试过于频繁"), limited.body());
            clock.advance(Duration.ofSeconds(61));
            assertEquals(200, Http.manager(c.httpPort()).get("/api/v1/auth/me").status(), "a minute later the door opens");
        }
    }

    @Test
    void guessingAKioskPasswordIsStoppedForAMinute_theKioskItselfIsNot() throws Exception {
        try (Controller c = TestHall.start(TestHall.newDataDir(), clock)) {
            Http kiosk = Http.kiosk(c);
            assertEquals("A001", kiosk.issue("HJ", null).json().get("number").asText());
            Http guesser = new Http(c.httpPort());
            for (int i = 0; i < KioskLogins.REFUSED_PER_MINUTE; i++) {
                Http.Response r = guesser.post("/api/v1/tickets", HJ, "Authorization",
                        KioskLogins.header(TestHall.KIOSK, "guess-" + i));
                assertEquals(401, r.status(), r.body());
            }
            Http.Response limited = guesser.post("/api/v1/tickets", HJ, "Authorization",
                    KioskLogins.header(TestHall.KIOSK, "guess-x"));
            assertEquals(429, limited.status(), limited.body());
            assertEquals("RATE_LIMITED", limited.json().get("code").asText());
            assertTrue(limited.json().get("message").asText().contains("设备登录失败次数过多"), limited.body());
            assertEquals(200, guesser.get("/api/v1/services").status(), "requests without a login go on");
            Http.Response issued = kiosk.issue("HJ", null);
            assertEquals(201, issued.status(), "the kiosk's known login is not held up by a guesser on its address");
            assertEquals("A002", issued.json().get("number").asText(), "no refused request took a number");
            clock.advance(Duration.ofSeconds(61));
            assertEquals(401, guesser.post("/api/v1/tickets", HJ, "Authorization",
                    KioskLogins.header(TestHall.KIOSK, "guess-y")).status(), "a minute later it is checked again");
        }
    }

    @Test
    void guessingTokensIsStopped_realTokensStillWorkElsewhere() throws Exception {
        try (Controller c = TestHall.start(TestHall.newDataDir(), clock)) {
            Http http = new Http(c.httpPort());
            String token = Http.kiosk(c).issue("HJ", null).json().get("token").asText();
            for (int i = 0; i < 40; i++) {
                assertEquals(200, http.get("/api/v1/tickets/" + token).status(), "a citizen refreshing is never limited");
            }
            for (int i = 0; i < Throttle.UNKNOWN_TOKENS_PER_MINUTE; i++) {
                assertEquals(404, http.get("/api/v1/tickets/guess" + i + "xxxxxxxxxxxxxxxx").status());
            }
            HttpResponse<byte[]> limited = http.getBytes("/api/v1/tickets/" + token);
            assertEquals(429, limited.statusCode(), "after a run of guesses even a real token waits");
            assertEquals("60", limited.headers().firstValue("Retry-After").orElse(null));
            assertEquals(200, http.get("/api/v1/services").status(), "other reads are not limited");
            clock.advance(Duration.ofSeconds(61));
            assertEquals(200, http.get("/api/v1/tickets/" + token).status());
        }
    }
}
