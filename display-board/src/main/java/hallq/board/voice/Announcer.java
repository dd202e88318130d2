package hallq.board.voice;

import hallq.protocol.mqtt.CallEvent;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The announcement queue: calls are spoken in arrival order by one worker thread, each to its end,
 * so two announcements never overlap or cut each other off. A failing sound device is logged and the
 * queue goes on with the next call.
 */
public final class Announcer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Announcer.class);
    private final ClipLibrary clips;
    private final AudioSink sink;
    private final BlockingQueue<Announcement> queue = new LinkedBlockingQueue<>();
    private final Thread worker;
    private volatile boolean closed;

    public Announcer(ClipLibrary clips, AudioSink sink) {
        this.clips = Objects.requireNonNull(clips);
        this.sink = Objects.requireNonNull(sink);
        this.worker = new Thread(this::work, "board-voice");
        worker.setDaemon(true);
        worker.start();
    }

    public void announce(CallEvent call) {
        Announcement a = Announcement.of(call);
        queue.add(a);
        if (queue.size() > 10) {
            log.warn("voice: {} announcements waiting; calls are coming faster than they can be spoken", queue.size());
        }
    }

    /** Announcements not yet started. */
    public int backlog() {
        return queue.size();
    }

    private void work() {
        while (!closed) {
            Announcement next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                SoundClip sound = clips.join(next.clips());
                log.info("voice: {} ({} ms)", next.text(), sound.length().toMillis());
                sink.play(next, sound);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                log.warn("voice: could not announce '{}': {}", next.text(), e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        worker.interrupt();
    }
}
