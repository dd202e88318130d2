package hallq.board.app;

import hallq.board.voice.Announcer;
import hallq.board.voice.AudioSink;
import hallq.board.voice.ClipLibrary;
import hallq.board.voice.SpeakerAudioSink;
import hallq.board.voice.WavFileAudioSink;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Chooses the voice output by explicit option and lets the announcer speak every new live call. */
final class VoiceWiring {
    private static final Logger log = LoggerFactory.getLogger(VoiceWiring.class);

    enum Mode { off, speaker, wav, auto }

    private VoiceWiring() {
    }

    /** Returns the running announcer, or null for {@code off}. */
    static Announcer attach(Mode mode, Path wavDir, BoardRuntime runtime) {
        AudioSink sink = switch (mode) {
            case off -> null;
            case speaker -> new SpeakerAudioSink();
            case wav -> new WavFileAudioSink(wavDir);
            case auto -> SpeakerAudioSink.available() ? new SpeakerAudioSink() : new WavFileAudioSink(wavDir);
        };
        if (sink == null) {
            return null;
        }
        log.info("voice: announcing calls {}", sink instanceof WavFileAudioSink w
                ? "into WAV files in " + w.dir().toAbsolutePath() + " (no audio device used)" : "on the audio device");
        Announcer announcer = new Announcer(new ClipLibrary(), sink);
        runtime.store().listen((before, after) -> {
            if (after.callSerial() > before.callSerial() && after.highlighted() != null) {
                announcer.announce(after.highlighted());
            }
        });
        return announcer;
    }
}
