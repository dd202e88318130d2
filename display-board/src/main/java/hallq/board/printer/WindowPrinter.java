package hallq.board.printer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.devices.printer.PrintOutcome;
import hallq.devices.printer.PrinterStatus;
import hallq.devices.printer.ReceiptPrinter;
import hallq.devices.printer.ReceiptSlip;
import hallq.protocol.Json;
import hallq.protocol.mqtt.EnvelopeReader;
import hallq.protocol.mqtt.MalformedMessageException;
import hallq.protocol.mqtt.PrintJob;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A window's receipt printer (窗口打印机) between the controller's jobs and the paper: each job on
 * {@code printers/{window}/job} is printed once and answered (PRINTED, FAILED with what the printer said,
 * EXPIRED when it is older than {@link PrintJob#MAX_AGE_SECONDS}); a job seen again (a QoS 1
 * redelivery) is answered again, not printed again. After each job and on each {@link #heartbeat()} the
 * printer's state becomes the device's status: ONLINE, WARNING (paper near its end) or FAULT (paper out,
 * cover open, silent), with what a person must do. A message that is no job changes nothing.
 */
public final class WindowPrinter {
    private static final Logger LOG = LoggerFactory.getLogger(WindowPrinter.class);
    private static final ObjectMapper JSON = Json.lenient();
    static final int REMEMBERED = 200;

    /** Where answers and the device's status go (the printer's MQTT connection). */
    public interface Link {
        void answer(PrintJob.Result result);

        void status(String state, String detail);
    }

    private final int window;
    private final ReceiptPrinter printer;
    private final InstantSource clock;
    private final Link link;
    private final Map<String, PrintJob.Result> answered = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PrintJob.Result> eldest) {
            return size() > REMEMBERED;
        }
    };

    public WindowPrinter(int window, ReceiptPrinter printer, InstantSource clock, Link link) {
        this.window = window;
        this.printer = printer;
        this.clock = clock;
        this.link = link;
    }

    /** One message from {@code printers/{window}/job}: printed and answered, or logged and dropped. */
    public synchronized void onMessage(byte[] payload) {
        PrintJob job;
        Instant at;
        try {
            JsonNode data = EnvelopeReader.data(payload, PrintJob.SCHEMA);
            job = JSON.treeToValue(data, PrintJob.class);
            at = sentAt(payload);
        } catch (MalformedMessageException | IllegalArgumentException | java.io.IOException e) {
            LOG.warn("window {} printer: message dropped, not a print job: {}", window, e.getMessage());
            return;
        }
        if (job.job() == null || job.job().isBlank()) {
            LOG.warn("window {} printer: job without its 'job' id dropped", window);
            return;
        }
        if (job.window() != window) {
            LOG.warn("window {} printer: job {} is for window {}, dropped", window, job.job(), job.window());
            return;
        }
        PrintJob.Result again = answered.get(job.job());
        if (again != null) {
            link.answer(again);
            return;
        }
        PrintJob.Result result = print(job, at);
        answered.put(job.job(), result);
        link.answer(result);
    }

    /** Asks the printer how it is and says so as the device's status. */
    public synchronized void heartbeat() {
        PrinterStatus s = printer.status();
        PrintOutcome refusal = s.refusal();
        if (refusal != null) {
            link.status("FAULT", advice(refusal));
        } else {
            link.status(s.paperNearEnd() ? "WARNING" : "ONLINE", s.paperNearEnd() ? "纸将用完，请更换纸卷 / paper near end" : null);
        }
    }

    private PrintJob.Result print(PrintJob job, Instant at) {
        if (at == null) {
            return new PrintJob.Result(job.job(), PrintJob.Result.FAILED, "the job has no envelope time ('at')");
        }
        Duration age = Duration.between(at, clock.instant());
        if (age.compareTo(Duration.ofSeconds(PrintJob.MAX_AGE_SECONDS)) > 0) {
            LOG.info("window {} printer: job {} is {} s old, not printed", window, job.job(), age.toSeconds());
            return new PrintJob.Result(job.job(), PrintJob.Result.EXPIRED, "sent " + age.toSeconds()
                    + " s ago: not printed (more than " + PrintJob.MAX_AGE_SECONDS + " s)");
        }
        ReceiptSlip slip;
        try {
            slip = new ReceiptSlip(job.hallName(), job.title(), job.fields().stream()
                    .map(f -> new ReceiptSlip.Field(f.label(), f.value())).toList(), job.materials(), job.notes(),
                    job.qrUrl(), job.qrCaption(), job.hotline());
        } catch (IllegalArgumentException | NullPointerException e) {
            return new PrintJob.Result(job.job(), PrintJob.Result.FAILED, "not printable: " + e.getMessage());
        }
        PrintOutcome outcome = printer.print(slip);
        if (outcome.printed()) {
            link.status(outcome.paperNearEnd() ? "WARNING" : "ONLINE",
                    outcome.paperNearEnd() ? "纸将用完，请更换纸卷 / paper near end" : null);
            return new PrintJob.Result(job.job(), PrintJob.Result.PRINTED, outcome.detail());
        }
        link.status("FAULT", advice(outcome));
        return new PrintJob.Result(job.job(), PrintJob.Result.FAILED, advice(outcome));
    }

    /** What the clerk reads: the trouble in Chinese, then the printer's own words. */
    static String advice(PrintOutcome outcome) {
        String what = switch (outcome.kind()) {
            case PAPER_OUT -> "缺纸，请装纸";
            case COVER_OPEN -> "打印机盖未关好";
            case OFFLINE -> "打印机无响应，请检查电源和连线";
            case ERROR -> "打印机故障";
            case PRINTED -> "已打印";
        };
        return what + " / " + outcome.detail();
    }

    private static Instant sentAt(byte[] payload) throws java.io.IOException {
        JsonNode at = JSON.readTree(payload).path("at");
        if (!at.isTextual()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(at.textValue()).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'at' is no time: " + at.textValue(), e);
        }
    }
}
