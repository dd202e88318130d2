package hallq.controller.adapter.mqtt;

import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.service.ReceiptPrints;
import hallq.protocol.Json;
import hallq.protocol.mqtt.PrintJob;
import hallq.protocol.mqtt.Topics;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The windows' receipt printers over MQTT: jobs go out on {@code printers/{n}/job} (QoS 1, not retained;
 * held while the broker is away, and a printer prints nothing that came too late), answers come back on
 * {@code printers/{n}/result}. A malformed answer is logged and dropped.
 */
public final class ReceiptPrinterBridge implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptPrinterBridge.class);
    private final ObjectMapper json = Json.lenient();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "printer-results");
        t.setDaemon(true);
        return t;
    });

    public ReceiptPrinterBridge(ReceiptPrints prints, MqttConnection mqtt, Topics topics) {
        prints.attach(job -> mqtt.publish(topics.printerJob(job.window()), PrintJob.SCHEMA, job, false));
        mqtt.subscribe(topics.allPrinterResults(), (topic, payload) -> worker.execute(() -> {
            int window = Topics.windowOf(topic);
            PrintJob.Result r = Payloads.read(json, payload, PrintJob.Result.SCHEMA, PrintJob.Result.class,
                    b -> b.path("job").isTextual() && b.path("outcome").isTextual());
            try {
                if (r == null || window <= 0) {
                    throw new IllegalArgumentException("expected JSON with 'job' and 'outcome' on printers/{n}/result");
                }
                if (!prints.answered(window, r)) {
                    LOG.info("print result on {} for job {} ignored: not the last job sent there", topic, r.job());
                }
            } catch (IllegalArgumentException e) {
                LOG.warn("print result on {} refused: {}", topic, e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("print result on {} failed", topic, e);
            }
        }));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
