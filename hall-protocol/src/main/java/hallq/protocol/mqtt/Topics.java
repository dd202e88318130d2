package hallq.protocol.mqtt;

/** Topic names of the MQTT contract (docs/protocol.md): {@code hallq/v1/{hall}/...}. */
public final class Topics {
    public static final String ROOT = "hallq/v1/";
    private final String base;

    public Topics(String hallId) {
        if (hallId == null || !hallId.matches("[a-z0-9-]{1,40}")) {
            throw new IllegalArgumentException("bad hall id for topics: " + hallId);
        }
        this.base = ROOT + hallId;
    }

    /** Retained whole-hall snapshot. */
    public String hall() {
        return base + "/hall";
    }

    /** Retained hall status (name, business day, last calls) for window boards; see {@link HallStatus}. */
    public String status() {
        return base + "/status";
    }

    /** Retained state of one window. */
    public String window(int number) {
        return base + "/windows/" + number;
    }

    public String allWindows() {
        return base + "/windows/+";
    }

    /** Retained waiting count and predicted wait of one service. */
    public String queue(String serviceId) {
        return base + "/queues/" + serviceId;
    }

    public String allQueues() {
        return base + "/queues/+";
    }

    /** Call events (not retained, QoS 1). */
    public String calls() {
        return base + "/calls";
    }

    public String alerts() {
        return base + "/alerts";
    }

    public String deviceStatus(String deviceId) {
        return base + "/devices/" + deviceId + "/status";
    }

    public String allDeviceStatus() {
        return base + "/devices/+/status";
    }

    public String callerCommand(int window) {
        return base + "/callers/" + window + "/cmd";
    }

    public String allCallerCommands() {
        return base + "/callers/+/cmd";
    }

    /** What became of a caller command: the ticket called, or why nothing happened (for the keypad's display). */
    public String callerResult(int window) {
        return base + "/callers/" + window + "/result";
    }

    public String evaluatorPrompt(int window) {
        return base + "/evaluators/" + window + "/prompt";
    }

    public String evaluatorRating(int window) {
        return base + "/evaluators/" + window + "/rating";
    }

    /** Whether a rating was taken, for the evaluator's display (谢谢您的评价, or why not). */
    public String evaluatorResult(int window) {
        return base + "/evaluators/" + window + "/result";
    }

    public String allEvaluatorRatings() {
        return base + "/evaluators/+/rating";
    }

    /** Papers for the printer at a window (the 收件通知书 of a handover; QoS 1, not retained), see {@link PrintJob}. */
    public String printerJob(int window) {
        return base + "/printers/" + window + "/job";
    }

    /** What the window's printer made of a job: printed, failed (why) or expired. */
    public String printerResult(int window) {
        return base + "/printers/" + window + "/result";
    }

    public String allPrinterResults() {
        return base + "/printers/+/result";
    }

    /** The window number in a {@code .../callers/5/cmd}, {@code .../evaluators/5/rating} or {@code .../printers/5/result} topic, or -1. */
    public static int windowOf(String topic) {
        String[] parts = topic.split("/");
        for (int i = 0; i + 1 < parts.length; i++) {
            if ((parts[i].equals("callers") || parts[i].equals("evaluators") || parts[i].equals("windows")
                    || parts[i].equals("printers"))
                    && parts[i + 1].matches("\\d{1,4}")) {
                return Integer.parseInt(parts[i + 1]);
            }
        }
        return -1;
    }
}
