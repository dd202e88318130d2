package hallq.controller.adapter.http;

import java.util.ArrayDeque;
import java.util.function.Supplier;

/**
 * What one live page has yet to receive, so that a slow or dead page delays nobody else. Events
 * queue up to a bound; a sender thread drains them. When a page falls that far behind, what it
 * missed is dropped: a staff page then gets a fresh snapshot instead (a resync), a citizen's page
 * just the newest state of its ticket. A write that makes no progress for long is a dead page: its
 * owner closes it ({@link #stalledFor}).
 */
final class PageOutbox {
    /** Where events go: one server-sent-events stream. {@code event} null sends a comment. */
    interface Sink {
        void send(String event, String data) throws Exception;

        void close();
    }

    private final Sink sink;
    private final int capacity;
    private final Supplier<String[]> snapshot;
    private final ArrayDeque<String[]> queue = new ArrayDeque<>();
    private boolean draining;
    private boolean resync;
    private boolean closed;
    private boolean closeAfter;
    private long writingSince;
    private int overflows;

    /** {@code snapshot}: the event that replaces everything missed; null keeps only the newest event. */
    PageOutbox(Sink sink, int capacity, Supplier<String[]> snapshot) {
        this.sink = sink;
        this.capacity = capacity;
        this.snapshot = snapshot;
    }

    /** Queues an event; true when the caller must start a {@link #drain()} on a sender thread. */
    synchronized boolean offer(String event, String data) {
        if (closed || closeAfter) {
            return false;
        }
        if (resync) {
            return false; // the snapshot still to come includes this
        }
        if (event == null && (draining || !queue.isEmpty())) {
            return false; // a comment only keeps a quiet stream open; this one is not quiet
        }
        if (queue.size() >= capacity) {
            queue.clear();
            overflows++;
            if (snapshot != null) {
                resync = true;
                return startDrain();
            }
        }
        queue.add(new String[] {event, data});
        return startDrain();
    }

    private boolean startDrain() {
        if (draining) {
            return false;
        }
        draining = true;
        return true;
    }

    /** A sender could not be found for this box: the next offer or check tries again. */
    synchronized void unschedule() {
        draining = false;
    }

    /** Whether events wait while no sender drains them. */
    synchronized boolean idleWithWork() {
        return !closed && !draining && (resync || !queue.isEmpty());
    }

    /** Sends until nothing is left; on a failed write the page is closed. */
    void drain() {
        while (true) {
            String[] next;
            synchronized (this) {
                if (closed) {
                    draining = false;
                    return;
                }
                if (resync) {
                    resync = false;
                    next = snapshot.get();
                } else {
                    next = queue.poll();
                }
                if (next == null) {
                    draining = false;
                    if (!closeAfter) {
                        return;
                    }
                }
                if (next != null) {
                    writingSince = System.nanoTime();
                }
            }
            if (next == null) {
                close(); // what was to be said last has been said
                return;
            }
            try {
                sink.send(next[0], next[1]);
            } catch (Exception e) {
                close();
                return;
            } finally {
                synchronized (this) {
                    writingSince = 0;
                }
            }
        }
    }

    /** Sends what is queued, then closes (the feed's last word: gone, expired). */
    void closeWhenSent() {
        boolean now;
        synchronized (this) {
            closeAfter = true;
            now = !draining && queue.isEmpty() && !resync;
        }
        if (now) {
            close();
        }
    }

    /** Nanoseconds the current write has taken so far, 0 when none is under way. */
    synchronized long stalledFor(long nanoNow) {
        return writingSince == 0 ? 0 : nanoNow - writingSince;
    }

    /** How often this page fell too far behind. */
    synchronized int overflows() {
        return overflows;
    }

    synchronized boolean closed() {
        return closed;
    }

    synchronized int queued() {
        return queue.size();
    }

    /** Drops what is queued and closes the stream (which also ends a write stuck in it). */
    void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            queue.clear();
        }
        sink.close();
    }
}
