package hallq.protocol.mqtt;

import java.util.List;

/**
 * A paper the controller asks a window's printer to print (on {@code printers/{window}/job}, QoS 1, not
 * retained): today the 收件通知书 of a handover, already worded for the citizen. {@code job} names this
 * request once: a printer that sees it again (a QoS 1 redelivery) answers it again without printing a
 * second copy. A printer prints nothing older than {@link #MAX_AGE_SECONDS} by the envelope's {@code at}:
 * the citizen it was for has left the window.
 *
 * @param fields the facts, in order, each a label and its value (收件编号, 申请事项, ...)
 * @param materials what the station received, one line each (may be empty)
 * @param notes sentences under the materials (the promise of what happens next)
 * @param qrUrl what the QR code opens (the citizen's tracking page); null prints no code
 */
public record PrintJob(String job, int window, String kind, String hallName, String title, List<Field> fields,
                       List<String> materials, List<String> notes, String qrUrl, String qrCaption, String hotline) {
    public static final String SCHEMA = "hallq.print-job/1";
    public static final String HANDOVER_RECEIPT = "handover-receipt";
    public static final long MAX_AGE_SECONDS = 600;

    /** One fact on the paper: its label and value. */
    public record Field(String label, String value) {
    }

    public PrintJob {
        fields = fields == null ? List.of() : List.copyOf(fields);
        materials = materials == null ? List.of() : List.copyOf(materials);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /**
     * The printer's answer on {@code printers/{window}/result}: {@link #PRINTED}, {@link #FAILED} (with
     * what the printer said: paper out, cover open, offline) or {@link #EXPIRED} (too old, not printed).
     */
    public record Result(String job, String outcome, String detail) {
        public static final String SCHEMA = "hallq.print-result/1";
        public static final String PRINTED = "PRINTED";
        public static final String FAILED = "FAILED";
        public static final String EXPIRED = "EXPIRED";
    }
}
