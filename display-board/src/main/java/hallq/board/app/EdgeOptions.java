package hallq.board.app;

import hallq.protocol.config.ConfigException;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import hallq.protocol.mqtt.MqttLogin;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** What every process at a window or on a hall screen is told: the hall's configuration, the broker and its login. */
final class EdgeOptions {
    @Option(names = "--config", paramLabel = "FILE", defaultValue = "config/demo-hall.yml",
            description = "hall configuration (default: ${DEFAULT-VALUE})")
    Path config;
    @Option(names = "--broker", paramLabel = "URL", defaultValue = "tcp://127.0.0.1:1883",
            description = "MQTT broker (default: ${DEFAULT-VALUE})")
    String broker;
    @Option(names = "--mqtt-user", paramLabel = "NAME", defaultValue = "${env:HALLQ_MQTT_USER}",
            description = "its MQTT client name (./hall controller mqtt-client add NAME --role ROLE); "
                    + "default: $HALLQ_MQTT_USER, else none (an open lab broker only)")
    String mqttUser;
    @Option(names = "--mqtt-password-file", paramLabel = "FILE", defaultValue = "${env:HALLQ_MQTT_PASSWORD_FILE}",
            description = "file holding its password (default: $HALLQ_MQTT_PASSWORD_FILE, else $HALLQ_MQTT_PASSWORD)")
    Path mqttPasswordFile;

    HallConfig hall() throws ConfigException {
        return new HallConfigLoader().load(config);
    }

    /** The login: a name with a password from the file, else from $HALLQ_MQTT_PASSWORD; none without a name. */
    MqttLogin login() {
        return BoardMain.login(mqttUser, mqttPasswordFile, System.getenv("HALLQ_MQTT_PASSWORD"));
    }
}
