package hallq.controller.service;

import java.time.Duration;

/**
 * A part that works on a daemon thread of its own until it is stopped (the city relay, the 好差评
 * export): the thread runs {@code body}, which goes on while {@link #running()}; its pauses end
 * early when the part stops, and {@link #stop} waits up to five seconds for the thread to end.
 */
final class Loop {
    private final Thread thread;
    private volatile boolean running = true;

    Loop(String name, Runnable body) {
        this.thread = new Thread(body, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    boolean running() {
        return running;
    }

    /** Waits {@code d}, or less when the part stops meanwhile. */
    void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
