package hallq.board.voice;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/**
 * The recorded clips (classpath {@code /hallq/board/voice/zh/NAME.wav}, made by voice/make-clips.sh)
 * and how they are joined: every clip converted to one format, with a short pause between clips.
 */
public final class ClipLibrary {
    public static final AudioFormat FORMAT = new AudioFormat(22050f, 16, 1, true, false);
    private static final String ROOT = "/hallq/board/voice/zh/";
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();
    private final int gapBytes;

    public ClipLibrary(int gapMillis) {
        this.gapBytes = (int) (FORMAT.getFrameRate() * gapMillis / 1000) * FORMAT.getFrameSize();
    }

    public ClipLibrary() {
        this(60);
    }

    /** One sound made of the named clips, in order; an unknown name fails with the name in the message. */
    public SoundClip join(List<String> names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.writeBytes(new byte[gapBytes]);
            }
            out.writeBytes(clip(names.get(i)));
        }
        return new SoundClip(FORMAT, out.toByteArray());
    }

    public SoundClip clipOf(String name) {
        return new SoundClip(FORMAT, clip(name));
    }

    private byte[] clip(String name) {
        return cache.computeIfAbsent(name, ClipLibrary::load);
    }

    private static byte[] load(String name) {
        try (InputStream raw = ClipLibrary.class.getResourceAsStream(ROOT + name + ".wav")) {
            if (raw == null) {
                throw new IllegalArgumentException("no voice clip '" + name + "' at " + ROOT);
            }
            try (AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(raw));
                 AudioInputStream pcm = AudioSystem.getAudioInputStream(FORMAT, in)) {
                return pcm.readAllBytes();
            }
        } catch (IOException | UnsupportedAudioFileException e) {
            throw new IllegalArgumentException("voice clip '" + name + "' unreadable: " + e.getMessage(), e);
        }
    }
}
