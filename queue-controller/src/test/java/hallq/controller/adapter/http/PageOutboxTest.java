package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's outbox, drained by hand: bounded, resynchronised or coalesced, closed after its last word. */
class PageOutboxTest {
    private final List<String> sent = new ArrayList<>();
    private boolean sinkClosed;
    private int snapshots;
    private final PageOutbox.Sink sink = new PageOutbox.Sink() {
        @Override
        public void send(String event, String data) {
            sent.add(event + ":" + data);
        }

        @Override
        public void close() {
            sinkClosed = true;
        }
    };

    @Test
    void eventsGoOutInOrder_andOnlyTheFirstOfferAsksForASender() {
        PageOutbox box = new PageOutbox(sink, 3, null);
        assertTrue(box.offer("a", "1"));
        assertFalse(box.offer("b", "2"), "a drain is already due");
        box.drain();
        assertEquals(List.of("a:1", "b:2"), sent);
        assertTrue(box.offer("c", "3"), "after the drain a new one is needed");
    }

    @Test
    void aStaffPageTooFarBehind_losesWhatItMissed_andGetsOneFreshSnapshot() {
        PageOutbox box = new PageOutbox(sink, 3, () -> new String[] {"hall", "snapshot" + (++snapshots)});
        for (int i = 1; i <= 3; i++) {
            box.offer("windows", String.valueOf(i));
        }
        box.offer("windows", "4"); // one too many: everything queued goes, a snapshot is due
        box.offer("windows", "5"); // the snapshot will include it
        box.drain();
        assertEquals(List.of("hall:snapshot1"), sent);
        assertEquals(1, box.overflows());
        box.offer("windows", "6");
        box.drain();
        assertEquals(List.of("hall:snapshot1", "windows:6"), sent, "after the snapshot, events again");
    }

    @Test
    void aCitizensPageTooFarBehind_getsOnlyTheNewestState() {
        PageOutbox box = new PageOutbox(sink, 2, null);
        box.offer("ticket", "waiting-3-ahead");
        box.offer("ticket", "waiting-2-ahead");
        box.offer("ticket", "called-window-5");
        box.drain();
        assertEquals(List.of("ticket:called-window-5"), sent);
    }

    @Test
    void commentsAreSentOnlyOnQuietStreams() {
        PageOutbox box = new PageOutbox(sink, 5, null);
        box.offer("ticket", "t");
        assertFalse(box.offer(null, "beat"));
        box.drain();
        assertTrue(box.offer(null, "beat"));
        box.drain();
        assertEquals(List.of("ticket:t", "null:beat"), sent);
    }

    @Test
    void closeWhenSent_sendsTheLastWordFirst_andAFailedWriteCloses() {
        PageOutbox box = new PageOutbox(sink, 5, null);
        box.offer("gone", "{}");
        box.closeWhenSent();
        assertFalse(box.offer("ticket", "late"), "nothing after the last word");
        assertFalse(sinkClosed);
        box.drain();
        assertEquals(List.of("gone:{}"), sent);
        assertTrue(sinkClosed && box.closed());

        PageOutbox broken = new PageOutbox(new PageOutbox.Sink() {
            @Override
            public void send(String event, String data) throws IOException {
                throw new IOException("broken pipe");
            }

            @Override
            public void close() {
                sent.add("closed");
            }
        }, 5, null);
        broken.offer("ticket", "t");
        broken.drain();
        assertTrue(broken.closed());
        assertEquals("closed", sent.get(sent.size() - 1));
        assertEquals(0, broken.stalledFor(System.nanoTime()), "no write under way");
    }
}
