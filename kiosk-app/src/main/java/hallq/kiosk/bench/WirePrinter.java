package hallq.kiosk.bench;

import hallq.devices.DeviceException;
import hallq.devices.serial.SerialLink;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/**
 * The printer end of the bench's pty pair. A pty moves bytes at memory speed whatever baud rate is
 * set, so this end models the UART: byte i arrives at max(when it was read, when byte i-1 arrived)
 * + 10 bit times (8N1), status requests are answered with "ready" only when they would have arrived,
 * and the answer byte takes its own 10 bit times back. It records when the last byte of each cut
 * command would have arrived: the moment the ticket is complete at the printer.
 */
final class WirePrinter implements AutoCloseable {

    private static final byte READY = 0x12;

    private final SerialLink link;
    private final long byteNanos;
    private final EscPosStream stream = new EscPosStream();
    private final Thread thread;
    private volatile boolean running = true;
    private long lastArrival;
    private volatile long lastCutAt;
    private volatile long lastJobBytes;
    private volatile int cuts;

    WirePrinter(SerialLink link, int baud) {
        this.link = link;
        this.byteNanos = 10_000_000_000L / baud;
        this.thread = new Thread(this::run, "bench-wire-printer");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        byte[] buffer = new byte[4096];
        while (running) {
            int n;
            try {
                n = link.read(buffer, Duration.ofMillis(100));
            } catch (DeviceException e) {
                return;
            }
            long readAt = System.nanoTime();
            for (int i = 0; i < n; i++) {
                lastArrival = Math.max(readAt, lastArrival) + byteNanos;
                switch (stream.feed(buffer[i] & 0xFF)) {
                    case STATUS_REQUEST -> answer(lastArrival);
                    case CUT -> cut(lastArrival);
                    default -> { }
                }
            }
        }
    }

    private void answer(long requestArrived) {
        sleepUntil(requestArrived + byteNanos);
        try {
            link.write(new byte[] {READY});
        } catch (DeviceException e) {
            running = false;
        }
    }

    private void cut(long at) {
        lastJobBytes = stream.jobBytes();
        stream.startJob();
        lastCutAt = at;
        cuts++;
    }

    private static void sleepUntil(long nanoTime) {
        long wait;
        while ((wait = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /** {@link System#nanoTime()} at which the last cut was complete at the printer. */
    long lastCutAt() {
        return lastCutAt;
    }

    long lastJobBytes() {
        return lastJobBytes;
    }

    int cuts() {
        return cuts;
    }

    /** Stops reading and waits for the reading thread, so the link can be closed under it quietly. */
    @Override
    public void close() {
        running = false;
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
