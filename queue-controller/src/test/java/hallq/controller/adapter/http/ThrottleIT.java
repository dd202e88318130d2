package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.MutableClock;
import hallq.controller.testing.TestHall;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Login attempts and unknown citizen tokens are limited per address; known tokens and other reads are not. */
class ThrottleIT {
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
    void guessingTokensIsStopped_realTokensStillWorkElsewhere() throws Exception {
        try (Controller c = TestHall.start(TestHall.newDataDir(), clock)) {
            Http http = new Http(c.httpPort());
            String token = http.issue("HJ", null).json().get("token").asText();
            for (int i = 0; i < 40; i++) {
                assertEquals(200, http.get("/api/v1/tickets/" + token).status(), "a citizen refreshing is never limited");
            }
            for (int i = 0; i < Throttle.UNKNOWN_TOKENS_PER_MINUTE; i++) {
                assertEquals(404, http.get("/api/v1/tickets/guess" + i + "xxxxxxxxxxxxxxxx").status());
            }
            java.net.http.HttpResponse<byte[]> limited = http.getBytes("/api/v1/tickets/" + token);
            assertEquals(429, limited.statusCode(), "after a run of guesses even a real token waits");
            assertEquals("60", limited.headers().firstValue("Retry-After").orElse(null));
            assertEquals(200, http.get("/api/v1/services").status(), "other reads are not limited");
            clock.advance(Duration.ofSeconds(61));
            assertEquals(200, http.get("/api/v1/tickets/" + token).status());
        }
    }
}
