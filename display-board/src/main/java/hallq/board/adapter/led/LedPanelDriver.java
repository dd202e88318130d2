package hallq.board.adapter.led;

import hallq.devices.DeviceException;
import hallq.devices.led.LedMessage;
import hallq.devices.led.LedPanel;
import hallq.devices.led.SerialLedPanel;
import hallq.devices.serial.SerialLink;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps an LED window panel showing the lines it is given, over a serial line that may come and go.
 * Only lines that changed are written, always to RAM (SHOW_RAM: flash wears out). A failed open or
 * write closes the port and retries every {@code retryEvery}; once the port opens again every line is
 * written anew. Every {@code refreshEvery} all lines are written anyway: the link is one-way, so a
 * panel that lost power (and its RAM text) cannot tell us. All I/O runs on one worker thread; callers
 * of {@link #show} never wait for the line.
 */
public final class LedPanelDriver implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LedPanelDriver.class);
    private final SerialLink link;
    private final LedPanel panel;
    private final Duration retryEvery;
    private final Duration refreshEvery;
    private final ScheduledExecutorService worker;
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private final Map<Integer, LedMessage> written = new HashMap<>(); // worker thread only
    private volatile List<LedMessage> wanted = List.of();
    private volatile boolean broken; // written by the worker only
    private ScheduledFuture<?> retry; // worker thread only

    public LedPanelDriver(SerialLink link, int address, Duration retryEvery, Duration refreshEvery) {
        this.link = link;
        this.panel = new SerialLedPanel(link, address);
        this.retryEvery = retryEvery;
        this.refreshEvery = refreshEvery;
        this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "led-" + link.deviceId());
            t.setDaemon(true);
            return t;
        });
    }

    /** Opens the port (or keeps trying) and starts the periodic refresh. */
    public LedPanelDriver start() {
        worker.execute(this::flush);
        long ms = refreshEvery.toMillis();
        worker.scheduleWithFixedDelay(() -> {
            written.clear();
            flush();
        }, ms, ms, TimeUnit.MILLISECONDS);
        return this;
    }

    /** What the panel should show now; written soon, coalesced with other calls that come meanwhile. */
    public void show(List<LedMessage> lines) {
        wanted = List.copyOf(lines);
        if (flushQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                flushQueued.set(false);
                flush();
            });
        }
    }

    /** False while the port cannot be opened or written. */
    public boolean isWritable() {
        return !broken && link.isOpen();
    }

    private void flush() {
        try {
            if (!link.isOpen()) {
                link.open();
                written.clear();
            }
            for (LedMessage line : wanted) {
                if (!line.equals(written.get(line.line()))) {
                    panel.show(line);
                    written.put(line.line(), line);
                }
            }
            if (broken) {
                broken = false;
                log.info("{}: LED panel on {} is written again", link.deviceId(), link.portName());
            }
        } catch (DeviceException | RuntimeException e) {
            link.close();
            written.clear();
            if (!broken) {
                broken = true;
                log.warn("{}: LED panel on {} not reachable ({}); retrying every {} ms", link.deviceId(),
                        link.portName(), e.getMessage(), retryEvery.toMillis());
            }
            if (retry == null) {
                retry = worker.schedule(() -> {
                    retry = null;
                    flush();
                }, retryEvery.toMillis(), TimeUnit.MILLISECONDS);
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.close();
    }
}
