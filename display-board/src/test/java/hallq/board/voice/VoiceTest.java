package hallq.board.voice;

import static hallq.board.core.Fixtures.call;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.protocol.testing.TestDirs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class VoiceTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private final ClipLibrary clips = new ClipLibrary();

    @Test
    void announcement_call_readsTicketCharsAndWindowNumber() {
        Announcement a = Announcement.of(call("A023", 5, false, 0));
        assertEquals("请 A023 号 到 5 号窗口 办理", a.text());
        assertEquals(List.of("qing", "letter-a", "d0", "d2", "d3", "hao", "dao", "d5", "haochuangkou", "banli"), a.clips());
    }

    @Test
    void announcement_recall_saysZaiCi() {
        Announcement a = Announcement.of(call("A023", 27, true, 0));
        assertEquals("请 A023 号 再次 到 27 号窗口 办理", a.text());
        assertEquals(List.of("qing", "letter-a", "d0", "d2", "d3", "hao", "zaici", "dao", "d2", "shi", "d7",
                "haochuangkou", "banli"), a.clips());
    }

    @Test
    void chineseNumber_windowNumbers_areSpokenTheChineseWay() {
        assertEquals(List.of("shi"), ChineseNumber.clips(10));
        assertEquals(List.of("shi", "d2"), ChineseNumber.clips(12));
        assertEquals(List.of("d2", "shi"), ChineseNumber.clips(20));
        assertEquals(List.of("d1", "bai", "d0", "d5"), ChineseNumber.clips(105));
        assertEquals(List.of("d1", "bai", "d1", "shi"), ChineseNumber.clips(110));
    }

    @Test
    void clipLibrary_everyClipExistsAndJoinAddsGaps() {
        List<String> all = new ArrayList<>(List.of("qing", "hao", "zaici", "dao", "haochuangkou", "banli", "shi", "bai"));
        for (int d = 0; d <= 9; d++) {
            all.add("d" + d);
        }
        for (char c = 'a'; c <= 'z'; c++) {
            all.add("letter-" + c);
        }
        long frames = 0;
        for (String name : all) {
            SoundClip clip = clips.clipOf(name);
            assertTrue(clip.length().toMillis() > 100, name + " is audible");
            frames += clip.frames();
        }
        SoundClip joined = new ClipLibrary(60).join(all);
        assertEquals(frames + (all.size() - 1) * (long) (22050 * 60 / 1000), joined.frames());
    }

    @Test
    void announcer_threeCalls_playInOrderOneAtATimeAndEachToTheEnd() {
        RecordingAudioSink sink = new RecordingAudioSink();
        sink.hold();
        try (Announcer announcer = new Announcer(clips, sink)) {
            announcer.announce(call("A023", 5, false, 0));
            announcer.announce(call("B007", 12, false, 1));
            announcer.announce(call("A023", 5, true, 2));
            await().atMost(WAIT).until(() -> sink.started.get() == 1 && announcer.backlog() == 2);
            sink.release(1);
            await().atMost(WAIT).until(() -> sink.started.get() == 2);
            sink.releaseAll();
            await().atMost(WAIT).until(() -> sink.played.size() == 3);
        }
        assertEquals(List.of("请 A023 号 到 5 号窗口 办理", "请 B007 号 到 12 号窗口 办理", "请 A023 号 再次 到 5 号窗口 办理"),
                sink.played);
        assertEquals(1, sink.mostAtOnce.get(), "announcements never overlap");
        sink.lengths.forEach(len -> assertTrue(len.toMillis() > 2_500 && len.toMillis() < 12_000, "length " + len));
    }

    @Test
    void announcer_failingSink_goesOnWithTheNextCall() {
        List<String> played = new ArrayList<>();
        AudioSink flaky = (a, s) -> {
            if (a.text().contains("A001")) {
                throw new IllegalStateException("device busy");
            }
            played.add(a.text());
        };
        try (Announcer announcer = new Announcer(clips, flaky)) {
            announcer.announce(call("A001", 1, false, 0));
            announcer.announce(call("A002", 2, false, 1));
            await().atMost(WAIT).until(() -> played.size() == 1);
        }
        assertEquals("请 A002 号 到 2 号窗口 办理", played.get(0));
    }

    @Test
    void wavFileSink_writesOneReadableWavPerAnnouncementInOrder() throws Exception {
        Path dir = TestDirs.fresh("voice");
        try (Announcer announcer = new Announcer(clips, new WavFileAudioSink(dir))) {
            announcer.announce(call("A023", 5, false, 0));
            announcer.announce(call("C105", 30, true, 1));
            await().atMost(WAIT).until(() -> countWavs(dir) == 2);
        }
        Path first = dir.resolve("0001-A023-w5.wav");
        var in = AudioSystem.getAudioInputStream(first.toFile());
        double seconds = in.getFrameLength() / in.getFormat().getFrameRate();
        assertTrue(seconds > 2.5 && seconds < 10, "announcement lasts " + seconds + " s");
        assertTrue(Files.exists(dir.resolve("0002-C105-w30-recall.wav")));
    }

    private static long countWavs(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".wav") && p.toFile().length() > 1000).count();
        }
    }
}
