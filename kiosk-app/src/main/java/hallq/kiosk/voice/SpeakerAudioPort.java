package hallq.kiosk.voice;

import hallq.kiosk.i18n.Lang;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plays the prompt clips ({@code /hallq/kiosk/voice/{zh,en}/NAME.wav}) on the machine's audio
 * device, on its own thread; a newer prompt stops the one playing. Faults are logged, never thrown.
 */
public final class SpeakerAudioPort implements AudioPort, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SpeakerAudioPort.class);

    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kiosk-voice");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong latest = new AtomicLong();

    /** Whether an output line can be opened here (false on servers and in CI). */
    public static boolean available() {
        AudioFormat format = new AudioFormat(8000f, 8, 1, false, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            return true;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            return false;
        }
    }

    /** The clip as a stream, for playing and for checking the recordings. */
    public static AudioInputStream clip(VoicePrompt prompt, Lang lang) throws IOException, UnsupportedAudioFileException {
        String path = "/hallq/kiosk/voice/" + (lang == Lang.EN ? "en" : "zh") + "/" + prompt.clip + ".wav";
        InputStream raw = SpeakerAudioPort.class.getResourceAsStream(path);
        if (raw == null) {
            throw new IOException("no voice clip " + path);
        }
        return AudioSystem.getAudioInputStream(new BufferedInputStream(raw));
    }

    @Override
    public void play(VoicePrompt prompt, Lang lang) {
        long mine = latest.incrementAndGet();
        player.execute(() -> {
            if (latest.get() == mine) {
                playNow(prompt, lang, mine);
            }
        });
    }

    private void playNow(VoicePrompt prompt, Lang lang, long mine) {
        try (AudioInputStream in = clip(prompt, lang);
             SourceDataLine line = AudioSystem.getSourceDataLine(in.getFormat())) {
            line.open(in.getFormat());
            line.start();
            byte[] chunk = new byte[1024];
            int n;
            while (latest.get() == mine && (n = in.read(chunk)) > 0) {
                line.write(chunk, 0, n);
            }
            if (latest.get() == mine) {
                line.drain();
            }
        } catch (IOException | UnsupportedAudioFileException | LineUnavailableException | IllegalArgumentException e) {
            log.warn("voice prompt {} ({}) not played: {}", prompt, lang, e.toString());
        }
    }

    @Override
    public void close() {
        latest.incrementAndGet();
        player.shutdownNow();
    }
}
