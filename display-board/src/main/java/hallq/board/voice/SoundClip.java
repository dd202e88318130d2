package hallq.board.voice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** PCM audio in memory: one clip, or a whole announcement made of clips. */
public record SoundClip(AudioFormat format, byte[] pcm) {

    public long frames() {
        return pcm.length / format.getFrameSize();
    }

    public Duration length() {
        return Duration.ofMillis(Math.round(frames() * 1000.0 / format.getFrameRate()));
    }

    public AudioInputStream stream() {
        return new AudioInputStream(new ByteArrayInputStream(pcm), format, frames());
    }

    public void writeWav(Path file) throws IOException {
        AudioSystem.write(stream(), AudioFileFormat.Type.WAVE, file.toFile());
    }
}
