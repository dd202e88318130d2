package hallq.protocol.config;

/** A piece of hardware: serial devices name a port, window devices name their window. */
public record DeviceConfig(String id, String kind, String port, Integer baud, Integer address, Integer window) {
}
