package hallq.board.voice;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** Plays on the machine's audio device and waits until the last sample is out (drain). */
public final class SpeakerAudioSink implements AudioSink {

    /** Whether an output line for the clip format can be opened here (false on servers and in CI). */
    public static boolean available() {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(ClipLibrary.FORMAT)) {
            line.open(ClipLibrary.FORMAT);
            return true;
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            return false;
        }
    }

    @Override
    public void play(Announcement announcement, SoundClip sound) throws LineUnavailableException {
        try (SourceDataLine line = AudioSystem.getSourceDataLine(sound.format())) {
            line.open(sound.format());
            line.start();
            line.write(sound.pcm(), 0, sound.pcm().length);
            line.drain();
        }
    }
}
