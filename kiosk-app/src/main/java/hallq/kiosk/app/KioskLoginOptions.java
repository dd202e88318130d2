package hallq.kiosk.app;

import hallq.protocol.mqtt.MqttLogin;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The kiosk's device login, which the controller asks for before it issues, voids or checks in
 * (docs/kiosk.md): made on the controller with {@code ./hall controller mqtt-client add NAME --role kiosk},
 * whose password file is then copied to the kiosk.
 */
public final class KioskLoginOptions {
    /** Where the controller writes a new client's password, relative to the working folder of {@code ./hall}. */
    static final Path CONTROLLER_SECRETS = Path.of("data/secrets/mqtt");

    @Option(names = "--login", paramLabel = "NAME", defaultValue = "${env:HALLQ_KIOSK_LOGIN}",
            description = "the kiosk's device account (default: $HALLQ_KIOSK_LOGIN, else the kiosk id)")
    String login;

    @Option(names = "--password-file", paramLabel = "FILE", defaultValue = "${env:HALLQ_KIOSK_PASSWORD_FILE}",
            description = "file holding its password (default: $HALLQ_KIOSK_PASSWORD_FILE, else $HALLQ_KIOSK_PASSWORD, "
                    + "else data/secrets/mqtt/NAME.password when the controller runs on this machine)")
    Path passwordFile;

    /** The login to send; fails with what to give when there is no password anywhere. */
    public MqttLogin resolve(String kioskId, String envPassword) {
        String name = login == null || login.isBlank() ? kioskId : login.strip();
        if (passwordFile != null) {
            return MqttLogin.fromFile(name, passwordFile);
        }
        if (envPassword != null && !envPassword.isBlank()) {
            return new MqttLogin(name, envPassword.strip());
        }
        Path local = CONTROLLER_SECRETS.resolve(name + ".password");
        if (Files.isReadable(local)) {
            return MqttLogin.fromFile(name, local);
        }
        throw new IllegalArgumentException("kiosk login '" + name + "' has no password: give --password-file FILE "
                + "(on the controller: ./hall controller mqtt-client add " + name + " --role kiosk)");
    }
}
