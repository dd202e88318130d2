package hallq.controller.testing;

import hallq.controller.app.Controller;
import hallq.controller.auth.PasswordHasher;
import hallq.controller.auth.Role;
import hallq.controller.auth.StaffAccount;
import hallq.controller.auth.StaffDirectory;
import hallq.controller.mqttauth.MqttRole;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.mqtt.MqttLogin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.List;

/** A real controller for tests: demo hall, temp data folder, loopback, free ports. */
public final class TestHall {
    public static final Path DEMO = Path.of("../config/demo-hall.yml");
    /** Staff accounts every test hall has (cheap hashes: tests log in often). */
    public static final String MANAGER = "manager";
    public static final String CLERK_5 = "clerk5";
    public static final String PASSWORD = "test-password-1";

    private TestHall() {
    }

    /** The demo hall's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public static HallConfig demoConfig() {
        return new HallConfigLoader().load(DEMO);
    }

    public static Path newDataDir() throws Exception {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(base);
        return Files.createTempDirectory(base, "hall-");
    }

    /** A manager and the clerk of window 5, unless the data folder has accounts already. */
    public static void seedStaff(Path data) {
        StaffDirectory staff = StaffDirectory.open(data);
        if (!staff.all().isEmpty()) {
            return;
        }
        String hash = new PasswordHasher(4).hash(PASSWORD.toCharArray());
        staff.put(new StaffAccount(MANAGER, "李主任", Role.MANAGER, hash, List.of()));
        staff.put(new StaffAccount(CLERK_5, "王芳", Role.CLERK, hash, List.of(5)));
    }

    /** The kiosk every test hall can have ({@link Http#kiosk}). */
    public static final String KIOSK = "kiosk-test";

    /** A test client with the controller's rights: it may read and publish anything in the hall. */
    public static final String PROBE = "test-probe";

    /** The login of {@value #PROBE}, made in the controller's data folder on first use. */
    public static MqttLogin probeLogin(Controller c) {
        return login(c, PROBE, MqttRole.CONTROLLER, null);
    }

    /** The login of a client of the given role, made in the controller's data folder on first use. */
    public static MqttLogin login(Controller c, String name, MqttRole role, Integer window) {
        return c.mqttAccounts().ensure(name, role, window);
    }

    public static Controller start(Path data, InstantSource clock) throws Exception {
        return start(data, clock, null);
    }

    public static Controller start(Path data, InstantSource clock, String brokerUrl) throws Exception {
        seedStaff(data);
        return Controller.start(new Controller.Settings(demoConfig(), data, "127.0.0.1", 0, brokerUrl, 0, clock, true));
    }
}
