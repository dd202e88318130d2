package hallq.protocol.config;

/** A piece of hardware: serial devices name a port, window devices name their window. */
public record DeviceConfig(String id, String kind, String port, Integer baud, Integer address, Integer window) {
    /** An ESC/POS thermal printer: a kiosk's tickets, or with {@code window} that window's receipts (收件通知书). */
    public static final String ESCPOS_PRINTER = "escpos-printer";
}
