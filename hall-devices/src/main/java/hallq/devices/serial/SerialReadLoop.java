package hallq.devices.serial;

import hallq.devices.DeviceException;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a {@link SerialLink} on its own daemon thread and hands each chunk of bytes to a
 * listener. Nothing the listener throws and no I/O fault ends the loop: faults are logged by the
 * link, then the loop backs off and tries again until {@link #close()}.
 */
public final class SerialReadLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SerialReadLoop.class);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final long BACKOFF_MS = 250;

    private final SerialLink link;
    private final Consumer<byte[]> listener;
    private final Thread thread;
    private volatile boolean running = true;

    private SerialReadLoop(SerialLink link, Consumer<byte[]> listener) {
        this.link = link;
        this.listener = listener;
        this.thread = new Thread(this::run, "serial-read-" + link.deviceId());
        this.thread.setDaemon(true);
    }

    /** Starts reading {@code link} (which must be open) on a new thread. */
    public static SerialReadLoop start(SerialLink link, Consumer<byte[]> listener) {
        SerialReadLoop loop = new SerialReadLoop(link, listener);
        loop.thread.start();
        return loop;
    }

    private void run() {
        byte[] buffer = new byte[1024];
        while (running) {
            int n;
            try {
                n = link.read(buffer, POLL);
            } catch (DeviceException e) {
                backOff();
                continue;
            }
            if (n > 0) {
                deliver(Arrays.copyOf(buffer, n));
            }
        }
    }

    private void deliver(byte[] chunk) {
        try {
            listener.accept(chunk);
        } catch (RuntimeException e) {
            log.error("{}: listener failed on {} received bytes; reading goes on",
                    link.deviceId(), chunk.length, e);
        }
    }

    private void backOff() {
        try {
            Thread.sleep(BACKOFF_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    public boolean isRunning() {
        return running && thread.isAlive();
    }

    /** Stops the loop and waits briefly for the thread; does not close the link. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(POLL.toMillis() * 5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
