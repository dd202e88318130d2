package hallq.controller.mqttauth;

import hallq.controller.auth.PrivateFiles;
import hallq.protocol.config.ConfigException;
import hallq.protocol.config.HallConfigLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./hall controller mqtt-config --out DIR}: the data folder's MQTT clients and access rules as
 * files for an external mosquitto ({@code passwd}, {@code acl}, {@code mosquitto.conf}). Makes the
 * controller's own client first if the data folder has none yet.
 */
@Command(name = "mqtt-config", mixinStandardHelpOptions = true,
        description = "Write mosquitto's password file, ACL file and a mosquitto.conf for the data folder's MQTT clients.")
public final class MqttConfigCommand implements Callable<Integer> {
    @Option(names = "--config", description = "hall configuration (default: ${DEFAULT-VALUE})")
    Path config = Path.of("config/demo-hall.yml");
    @Option(names = "--data", description = "data folder (default: ${DEFAULT-VALUE})")
    Path data = Path.of("data");
    @Option(names = "--out", required = true, description = "folder to write passwd, acl and mosquitto.conf into")
    Path out;
    @Option(names = "--listener", description = "mosquitto listener: port and address (default: ${DEFAULT-VALUE})")
    String listener = "1883 127.0.0.1";

    @Override
    public Integer call() {
        String hallId;
        try {
            hallId = new HallConfigLoader().load(config).hall().id();
        } catch (ConfigException e) {
            System.err.println("hallq mqtt-config: bad configuration: " + e.getMessage());
            return 2;
        }
        MqttAccounts accounts = MqttAccounts.open(data);
        accounts.controllerLogin();
        List<MqttAccount> clients = accounts.all();
        MosquittoFiles files = new MosquittoFiles(hallId);
        Path dir = out.toAbsolutePath().normalize();
        Path passwd = dir.resolve("passwd");
        Path acl = dir.resolve("acl");
        PrivateFiles.write(passwd, files.passwordFile(clients));
        PrivateFiles.write(acl, files.aclFile(clients));
        PrivateFiles.write(dir.resolve("mosquitto.conf"), files.mosquittoConf(passwd.toString(), acl.toString(), listener));
        System.out.printf("wrote %s, %s and %s for %d clients of hall %s.%n", passwd, acl, dir.resolve("mosquitto.conf"),
                clients.size(), hallId);
        System.out.println("They are readable by you only; mosquitto started as root reads them as user 'mosquitto': "
                + "chown mosquitto " + dir + "/*. Run it with: mosquitto -c " + dir.resolve("mosquitto.conf"));
        System.out.println("Then start the controller with --broker tcp://HOST:PORT; run this again after mqtt-client changes "
                + "and restart mosquitto (or send it SIGHUP).");
        return 0;
    }
}
