package hallq.board.voice;

/** Where announcements go. {@code play} returns only when the sound has fully played (or been written). */
public interface AudioSink {
    void play(Announcement announcement, SoundClip sound) throws Exception;
}
