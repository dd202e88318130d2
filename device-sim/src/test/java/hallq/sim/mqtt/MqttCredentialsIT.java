package hallq.sim.mqtt;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.mqtt.MqttDevice;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Device credentials against Debian's mosquitto with a password file and no anonymous access. */
class MqttCredentialsIT {

    @TempDir
    Path dir;

    @Test
    void device_rightPassword_connects_wrongPassword_isRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        // mosquitto started as root reads the password file as user 'mosquitto' (JUnit's temp dir is 700)
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path passwords = dir.resolve("passwd");
        Process mkpass = new ProcessBuilder("mosquitto_passwd", "-b", "-c", passwords.toString(), "caller-5", "s3cret-5")
                .redirectErrorStream(true).start();
        assertTrue(mkpass.waitFor(10, TimeUnit.SECONDS) && mkpass.exitValue() == 0, "mosquitto_passwd failed");
        Path conf = Files.writeString(dir.resolve("mosquitto.conf"), "listener " + port + " 127.0.0.1\n"
                + "allow_anonymous false\npassword_file " + passwords + "\npersistence false\n");
        Process broker = new ProcessBuilder("mosquitto", "-c", conf.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("mosquitto.log").toFile()).start();
        String url = "tcp://127.0.0.1:" + port;
        try {
            int p = port;
            await().atMost(Duration.ofSeconds(10)).ignoreExceptions().until(() -> {
                try (Socket ignored = new Socket("127.0.0.1", p)) {
                    return true;
                }
            });
            MqttDevice wrong = new MqttDevice(new MqttDevice.Settings(url, "yunshan-center", "caller-5", "caller",
                    "caller-5", "guess"));
            assertFalse(wrong.connect(Duration.ofSeconds(5)), "a wrong password is refused");
            wrong.close();
            try (MqttDevice right = new MqttDevice(new MqttDevice.Settings(url, "yunshan-center", "caller-5", "caller",
                    "caller-5", "s3cret-5"))) {
                assertTrue(right.connect(Duration.ofSeconds(5)));
                List<String> seen = new CopyOnWriteArrayList<>();
                right.subscribe(right.statusTopic(), (t, payload) -> seen.add(new String(payload)));
                await().atMost(Duration.ofSeconds(10)).until(() -> seen.stream().anyMatch(m -> m.contains("ONLINE")));
            }
        } finally {
            broker.destroy();
            broker.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
