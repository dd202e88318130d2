package hallq.protocol.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import hallq.protocol.mqtt.MqttLogin;
import hallq.protocol.testing.MutableClock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BasicLoginsTest {
    private static final String GUESSER = "10.0.0.9";
    private final MutableClock clock = MutableClock.mondayAt(9, 0);
    private final AtomicInteger checks = new AtomicInteger();
    // a "hash" that is the password reversed, and a verifier that counts its (slow, in real life) checks
    private final Map<String, String> hashes = Map.of("street-a", "a-drowssap", "street-b", "b-drowssap");
    private final BasicLogins logins = new BasicLogins(name -> Optional.ofNullable(hashes.get(name)), (password, hash) -> {
        checks.incrementAndGet();
        return new StringBuilder(new String(password)).reverse().toString().equals(hash);
    }, BasicLogins.refusedPerMinute(5, clock));

    @Test
    void aGoodLoginIsCheckedOnce_andAWrongOrUnknownOneIsRefused() {
        assertEquals(new BasicLogins.Valid("street-a"), logins.check(MqttLogin.basic("street-a", "password-a"), GUESSER));
        assertEquals(new BasicLogins.Valid("street-a"), logins.check(MqttLogin.basic("street-a", "password-a"), GUESSER));
        assertEquals(1, checks.get(), "remembered after the first check");
        assertInstanceOf(BasicLogins.Refused.class, logins.check(MqttLogin.basic("street-a", "password-b"), GUESSER));
        assertInstanceOf(BasicLogins.Refused.class, logins.check(MqttLogin.basic("nobody", "password-a"), GUESSER));
        assertInstanceOf(BasicLogins.Refused.class, logins.check("Bearer abc", GUESSER));
        assertInstanceOf(BasicLogins.Refused.class, logins.check("Basic !!not base64", GUESSER));
        assertInstanceOf(BasicLogins.Refused.class, logins.check(null, GUESSER));
    }

    @Test
    void afterTooManyRefusals_anAddressIsNotCheckedForAMinute_butALoginKnownGoodStillPasses() {
        String known = MqttLogin.basic("street-a", "password-a");
        assertEquals(new BasicLogins.Valid("street-a"), logins.check(known, "10.0.0.1"));
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(BasicLogins.Refused.class, logins.check(MqttLogin.basic("street-b", "guess" + i), GUESSER));
        }
        int before = checks.get();
        assertInstanceOf(BasicLogins.Limited.class, logins.check(MqttLogin.basic("street-b", "guess-x"), GUESSER));
        assertInstanceOf(BasicLogins.Limited.class, logins.check(MqttLogin.basic("street-b", "password-b"), GUESSER),
                "even the right password is not checked while the address is limited");
        assertEquals(before, checks.get(), "no hash checked for a limited address");
        assertEquals(new BasicLogins.Valid("street-a"), logins.check(known, GUESSER),
                "a hall already known good, behind the same address, keeps going");
        assertInstanceOf(BasicLogins.Refused.class, logins.check(MqttLogin.basic("street-b", "guess"), "10.0.0.2"),
                "another address is not limited");

        clock.advance(Duration.ofSeconds(61));
        assertEquals(new BasicLogins.Valid("street-b"), logins.check(MqttLogin.basic("street-b", "password-b"), GUESSER),
                "a minute later it is checked again");
    }
}
