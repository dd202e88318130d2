package hallq.board.voice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** For machines without a sound device: each announcement becomes a numbered WAV file, in order. */
public final class WavFileAudioSink implements AudioSink {
    private final Path dir;
    private final AtomicInteger count = new AtomicInteger();

    public WavFileAudioSink(Path dir) {
        this.dir = dir;
    }

    @Override
    public void play(Announcement announcement, SoundClip sound) throws IOException {
        Files.createDirectories(dir);
        String ticket = announcement.ticket().replaceAll("[^A-Za-z0-9]", "_");
        sound.writeWav(dir.resolve(String.format("%04d-%s-w%d%s.wav", count.incrementAndGet(), ticket,
                announcement.window(), announcement.recall() ? "-recall" : "")));
    }

    public Path dir() {
        return dir;
    }
}
