package hallq.protocol.config;

/** A configuration file that cannot be used; the message names the file, the key and the fault. */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
