package hallq.board.voice;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/** A sink that records what was played, how long, and how many played at once; can hold playback. */
final class RecordingAudioSink implements AudioSink {
    final List<String> played = new CopyOnWriteArrayList<>();
    final List<Duration> lengths = new CopyOnWriteArrayList<>();
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger playingNow = new AtomicInteger();
    final AtomicInteger mostAtOnce = new AtomicInteger();
    private final Semaphore gate = new Semaphore(0);
    private volatile boolean held;

    /** Every play waits for a {@link #release()} until {@code held} is set back to false. */
    void hold() {
        held = true;
    }

    void release(int plays) {
        gate.release(plays);
    }

    void releaseAll() {
        held = false;
        gate.release(1000);
    }

    @Override
    public void play(Announcement announcement, SoundClip sound) throws InterruptedException {
        started.incrementAndGet();
        mostAtOnce.accumulateAndGet(playingNow.incrementAndGet(), Math::max);
        try {
            if (held) {
                gate.acquire();
            }
            played.add(announcement.text());
            lengths.add(sound.length());
        } finally {
            playingNow.decrementAndGet();
        }
    }
}
