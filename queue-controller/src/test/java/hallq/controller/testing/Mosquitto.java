package hallq.controller.testing;

import static org.awaitility.Awaitility.await;

import hallq.controller.mqttauth.MosquittoFiles;
import hallq.controller.mqttauth.MqttAccounts;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's mosquitto on a free loopback port, restartable, configured with the files
 * {@code ./hall controller mqtt-config} writes for a data folder's MQTT clients.
 */
public final class Mosquitto implements AutoCloseable {
    private final Path conf;
    private final int port;
    private Process process;

    private Mosquitto(Path conf, int port) {
        this.conf = conf;
        this.port = port;
    }

    /** Mosquitto for the clients of {@code data} (hall {@code hallId}), its files in a folder of its own. */
    public static Mosquitto forHall(Path data, String hallId) throws Exception {
        Path dir = newDir();
        MqttAccounts accounts = MqttAccounts.open(data);
        MosquittoFiles files = new MosquittoFiles(hallId);
        Path passwd = Files.writeString(dir.resolve("passwd"), files.passwordFile(accounts.all()));
        Path acl = Files.writeString(dir.resolve("acl"), files.aclFile(accounts.all()));
        int port = freePort();
        Path conf = Files.writeString(dir.resolve("mosquitto.conf"),
                files.mosquittoConf(passwd.toString(), acl.toString(), port + " 127.0.0.1"));
        return new Mosquitto(conf, port).start();
    }

    /** Mosquitto with a configuration of its own; {@code %PORT%} in {@code config} becomes a free port. */
    public static Mosquitto withConfig(String config) throws Exception {
        int port = freePort();
        Path dir = newDir();
        Path conf = Files.writeString(dir.resolve("mosquitto.conf"), config.replace("%PORT%", Integer.toString(port)));
        return new Mosquitto(conf, port).start();
    }

    public String url() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Stops it (without persistence, retained messages are gone) and starts it again on the same port. */
    public void restart() throws Exception {
        close();
        start();
    }

    private Mosquitto start() throws Exception {
        try {
            process = new ProcessBuilder("mosquitto", "-c", conf.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(conf.resolveSibling("mosquitto.log").toFile())).start();
        } catch (IOException e) {
            throw new AssertionError("mosquitto is not installed (Debian package 'mosquitto'; .ci/run installs it)", e);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("mosquitto stopped: " + Files.readString(conf.resolveSibling("mosquitto.log")));
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException e) {
                return false;
            }
        });
        return this;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Under the build's temp folder; mosquitto started as root reads its files as user 'mosquitto': let it. */
    private static Path newDir() throws IOException {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        Files.createDirectories(base);
        Path dir = Files.createTempDirectory(base, "mosquitto-");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        return dir;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
