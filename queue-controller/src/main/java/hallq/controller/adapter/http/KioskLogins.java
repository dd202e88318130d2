package hallq.controller.adapter.http;

import hallq.controller.mqttauth.MosquittoHash;
import hallq.controller.mqttauth.MqttAccount;
import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.login.BasicLogins;
import hallq.protocol.mqtt.MqttLogin;
import java.time.InstantSource;

/**
 * Kiosks prove who they are on the REST endpoints only kiosks use (issue, void, check-in) with the
 * login of their {@code kiosk} account in {@code secrets/mqtt-clients.yml} — the same account store
 * as every other device — sent as HTTP Basic, checked against its PBKDF2 hash by {@link BasicLogins}
 * (once, then remembered; refused logins limited to {@value #REFUSED_PER_MINUTE} a minute per
 * address, except a login already known to be good).
 */
public final class KioskLogins {
    public static final int REFUSED_PER_MINUTE = 20;
    private final BasicLogins logins;

    public KioskLogins(MqttAccounts accounts, InstantSource clock) {
        this.logins = new BasicLogins(name -> accounts.find(name).filter(a -> a.role() == MqttRole.KIOSK)
                .map(MqttAccount::hash), MosquittoHash::verify, BasicLogins.refusedPerMinute(REFUSED_PER_MINUTE, clock));
    }

    /** Checks the {@code Authorization} header a request from {@code address} carried. */
    public BasicLogins.Verdict check(String authorization, String address) {
        return logins.check(authorization, address);
    }

    /** The header a kiosk sends ({@link MqttLogin#httpAuthorization()}). */
    public static String header(String name, String password) {
        return MqttLogin.basic(name, password);
    }
}
