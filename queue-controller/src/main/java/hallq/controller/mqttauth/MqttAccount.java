package hallq.controller.mqttauth;

import java.util.regex.Pattern;

/**
 * One client the broker lets in: its name (the MQTT username, and for devices their device id on
 * {@code devices/{name}/status}), its role, its window for callers and evaluators, and the hash of
 * its password ({@link MosquittoHash}), never the password.
 */
public record MqttAccount(String name, MqttRole role, Integer window, String hash) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public MqttAccount {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("MQTT client name must be 1-40 characters a-z, 0-9 or '-' (not first), got '"
                    + name + "'");
        }
        if (role == null) {
            throw new IllegalArgumentException("MQTT client " + name + " has no role");
        }
        if (role.needsWindow() && window == null) {
            throw new IllegalArgumentException("MQTT client " + name + " is a " + role.label() + " and needs a window");
        }
        if (window != null && (window < 1 || window > 9999)) {
            throw new IllegalArgumentException("window of MQTT client " + name + " must be 1-9999, got " + window);
        }
        if (window != null && !role.needsWindow() && role != MqttRole.BOARD) {
            throw new IllegalArgumentException("MQTT client " + name + " is a " + role.label() + ": it has no window");
        }
        if (!MosquittoHash.looksLikeHash(hash)) {
            throw new IllegalArgumentException("hash of MQTT client " + name + " must be a $7$ (PBKDF2-SHA512) hash");
        }
    }

    /** Whether {@code text} can name a client. */
    public static boolean validName(String text) {
        return text != null && NAME.matcher(text).matches();
    }
}
