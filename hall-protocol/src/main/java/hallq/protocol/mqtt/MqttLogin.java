package hallq.protocol.mqtt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * Who an MQTT client says it is: its name (the username the broker checks, see docs/configuration.md)
 * and password, or nobody ({@link #ANONYMOUS}, for a broker that admits anonymous clients). A kiosk
 * uses its login over REST too ({@link #httpAuthorization()}). The password never appears in
 * {@link #toString()}.
 */
public record MqttLogin(String username, String password) {
    public static final MqttLogin ANONYMOUS = new MqttLogin(null, null);

    public MqttLogin {
        if (username == null && password != null) {
            throw new IllegalArgumentException("an MQTT password needs a username");
        }
        if (username != null && (username.isBlank() || password == null || password.isEmpty())) {
            throw new IllegalArgumentException("MQTT user '" + username + "' needs a name and a password");
        }
    }

    public boolean anonymous() {
        return username == null;
    }

    /**
     * The client id to connect with: the username (a broker that checks ids takes nothing else), or
     * {@code username@tag} when one name keeps several connections; {@code fallback} when anonymous.
     */
    public String clientId(String tag, String fallback) {
        if (anonymous()) {
            return fallback;
        }
        return tag == null ? username : username + "@" + tag;
    }

    /**
     * The same login as an HTTP {@code Authorization} header (Basic), for a device's REST calls (a
     * kiosk issuing tickets); null when anonymous.
     */
    public String httpAuthorization() {
        return anonymous() ? null : basic(username, password);
    }

    /** An HTTP Basic {@code Authorization} header value for any name and password, valid or not. */
    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code username} with the first line of {@code passwordFile}; fails naming the file. */
    public static MqttLogin fromFile(String username, Path passwordFile) {
        try {
            String text = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
            int nl = text.indexOf('\n');
            return new MqttLogin(username, (nl < 0 ? text : text.substring(0, nl)).strip());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the MQTT password file " + passwordFile + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(passwordFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return anonymous() ? "MqttLogin[anonymous]" : "MqttLogin[" + username + "]";
    }
}
