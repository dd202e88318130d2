package hallq.kiosk.voice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.kiosk.i18n.Lang;
import java.io.InputStream;
import javax.sound.sampled.AudioInputStream;
import org.junit.jupiter.api.Test;

/** Every prompt has a readable clip in both languages, short enough to listen to, and the set stays small. */
class VoiceClipsTest {

    @Test
    void everyPrompt_bothLanguages_readableShortAndSmall() throws Exception {
        long bytes = 0;
        for (VoicePrompt p : VoicePrompt.values()) {
            for (Lang lang : Lang.values()) {
                try (AudioInputStream in = SpeakerAudioPort.clip(p, lang)) {
                    double seconds = in.getFrameLength() / in.getFormat().getFrameRate();
                    assertTrue(seconds > 0.5 && seconds < 12, p + "/" + lang + " lasts " + seconds + " s");
                }
                try (InputStream raw = VoiceClipsTest.class.getResourceAsStream(
                        "/hallq/kiosk/voice/" + lang.name().toLowerCase() + "/" + p.clip + ".wav")) {
                    bytes += raw.readAllBytes().length;
                }
            }
        }
        assertTrue(bytes < 800_000, "the prompts take " + bytes + " bytes");
    }
}
