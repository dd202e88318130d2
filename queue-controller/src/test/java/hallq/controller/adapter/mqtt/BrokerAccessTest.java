package hallq.controller.adapter.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.mqttauth.MqttAccessPolicy;
import hallq.controller.mqttauth.MqttAccounts;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.mqtt.MqttLogin;
import io.moquette.broker.subscriptions.Topic;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker's gatekeeper as Moquette calls it: logins, the lab switch, publishes, wills. */
class BrokerAccessTest {
    private static final String H = "hallq/v1/yunshan-center/";
    @TempDir
    Path data;
    private MqttAccounts accounts;
    private MqttLogin caller;
    private final MqttAccessPolicy policy = new MqttAccessPolicy("yunshan-center");

    @BeforeEach
    void clients() {
        accounts = MqttAccounts.open(data);
        caller = accounts.ensure("caller-5", MqttRole.CALLER, 5);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void logins_areCheckedAgainstTheHash_andTheClientIdAgainstTheName() {
        BrokerAccess access = new BrokerAccess(accounts, policy, false);
        assertTrue(access.checkValid("caller-5", "caller-5", utf8(caller.password())));
        assertFalse(access.checkValid("caller-5", "caller-5", utf8(caller.password() + "x")));
        assertFalse(access.checkValid("caller-5", "caller-5", null));
        assertFalse(access.checkValid("caller-5", "caller-5", new byte[] {(byte) 0xFF, (byte) 0xFE}));
        assertFalse(access.checkValid("caller-6", "caller-6", utf8(caller.password())));
        assertFalse(access.checkValid("controller", "caller-5", utf8(caller.password())));
        assertFalse(access.checkValid("anon", null, null));
        assertEquals(6, access.refusals());
    }

    @Test
    void removedClient_isRefusedAtItsNextConnectAndPublish() {
        BrokerAccess access = new BrokerAccess(accounts, policy, false);
        assertTrue(access.canWrite(new Topic(H + "callers/5/cmd"), "caller-5", "caller-5"));
        MqttAccounts.open(data).remove("caller-5"); // the mqtt-client command, another process
        assertFalse(access.checkValid("caller-5", "caller-5", utf8(caller.password())));
        assertFalse(access.canWrite(new Topic(H + "callers/5/cmd"), "caller-5", "caller-5"));
    }

    @Test
    void anonymous_isRefusedByDefault_andMayDoAnythingInALab() {
        BrokerAccess hall = new BrokerAccess(accounts, policy, false);
        assertFalse(hall.canWrite(new Topic(H + "calls"), null, "anon"));
        assertFalse(hall.canRead(new Topic(H + "#"), null, "anon"));
        BrokerAccess lab = new BrokerAccess(accounts, policy, true);
        assertTrue(lab.allowAnonymous());
        assertTrue(lab.checkValid("anon", null, null));
        assertTrue(lab.canWrite(new Topic(H + "calls"), null, "anon"));
        assertFalse(lab.checkValid("caller-5", "caller-5", utf8("wrong-password")), "a login given is still checked");
        assertFalse(lab.canWrite(new Topic(H + "calls"), "caller-5", "caller-5"), "and its rules still hold");
    }

    @Test
    void publishesSubscriptionsAndWills_followThePolicy() {
        BrokerAccess access = new BrokerAccess(accounts, policy, false);
        assertTrue(access.canWrite(new Topic(H + "devices/caller-5/status"), "caller-5", "caller-5"));
        assertFalse(access.canWrite(new Topic(H + "callers/6/cmd"), "caller-5", "caller-5"));
        assertTrue(access.canRead(new Topic(H + "callers/5/result"), "caller-5", "caller-5"));
        assertFalse(access.canRead(new Topic("#"), "caller-5", "caller-5"));
        assertTrue(access.mayLeaveWill("caller-5", "caller-5", H + "devices/caller-5/status"));
        assertFalse(access.mayLeaveWill("caller-5", "caller-5", H + "calls"));
        assertTrue(access.mayLeaveWill("x", "nobody", H + "calls"), "an unknown login is refused at the login instead");
    }
}
