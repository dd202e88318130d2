package hallq.board.adapter.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class MissingTopicsTest {
    private static final String HALL = "hall";
    private static final String WINDOWS = "windows/+";
    private static final String CALLS = "calls";
    private static final int REFUSED = 0x80;
    private final FakeClient client = new FakeClient();
    private final MissingTopics missing = new MissingTopics(
            new BoardSubscription("test", List.of(HALL, WINDOWS), List.of(CALLS)), "'hall-board'", client);

    @Test
    void verdict_refusedCodesMissingCodesOrAFailure_refuseTheirTopics() {
        List<String> topics = List.of(HALL, WINDOWS, CALLS);
        assertEquals(new MissingTopics.Verdict(List.of(HALL, CALLS), List.of(WINDOWS)),
                MissingTopics.Verdict.of(topics, new int[] {1, REFUSED, 0}, null));
        assertEquals(new MissingTopics.Verdict(List.of(HALL), List.of(WINDOWS, CALLS)),
                MissingTopics.Verdict.of(topics, new int[] {2}, null), "no code: refused");
        assertEquals(new MissingTopics.Verdict(List.of(), topics), MissingTopics.Verdict.of(topics, null, null));
        assertEquals(new MissingTopics.Verdict(List.of(), topics),
                MissingTopics.Verdict.of(topics, new int[] {1, 1, 1}, new IOException("broken pipe")));
    }

    @Test
    void nextDelay_doublesUpToTheMaximum() {
        List<Long> delays = new ArrayList<>();
        for (long ms = MissingTopics.RETRY_FIRST.toMillis(); delays.size() < 7; ms = MissingTopics.nextDelay(ms)) {
            delays.add(ms);
        }
        assertEquals(List.of(1_000L, 2_000L, 4_000L, 8_000L, 16_000L, 30_000L, 30_000L), delays);
    }

    @Test
    void refusedTopic_isRetriedAloneWithGrowingDelays_untilGranted_thenTheDelayStartsOver() {
        missing.connected();
        assertEquals(List.of(HALL, WINDOWS, CALLS), client.lastSubscribe());
        missing.answered(1, List.of(HALL, WINDOWS, CALLS), new int[] {REFUSED, 1, 1}, null);
        assertEquals(List.of(1_000L), client.delays);

        client.runPlanned();
        assertEquals(List.of(HALL), client.lastSubscribe());
        missing.answered(1, List.of(HALL), new int[] {REFUSED}, null);
        client.runPlanned();
        missing.answered(1, List.of(HALL), new int[] {1}, null);
        assertEquals(List.of(1_000L, 2_000L), client.delays, "granted: nothing more planned");

        missing.resubscribeRetained(missing.connection());
        missing.answered(1, List.of(HALL, WINDOWS), new int[] {1, REFUSED}, null);
        assertEquals(List.of(1_000L, 2_000L, 1_000L), client.delays, "a new episode starts at the first delay");
    }

    @Test
    void answerFromAnEarlierConnection_isIgnored_andItsRetryDropped() {
        missing.connected();
        missing.answered(1, List.of(HALL, WINDOWS, CALLS), new int[] {REFUSED, REFUSED, REFUSED}, null);
        Future<?> planned = client.planned;
        missing.connected();
        assertTrue(planned.isCancelled());
        missing.answered(1, List.of(HALL, WINDOWS, CALLS), new int[] {REFUSED, REFUSED, REFUSED}, null);
        assertEquals(List.of(1_000L), client.delays);
        missing.resubscribeRetained(1);
        assertEquals(2, client.subscribes.size(), "no resync SUBSCRIBE for the earlier connection");
    }

    @Test
    void failureWithTheConnection_isLeftToTheReconnect() {
        missing.connected();
        client.connected = false;
        missing.answered(1, List.of(HALL, WINDOWS, CALLS), null, new IOException("connection lost"));
        assertEquals(List.of(), client.delays);
    }

    /** Records what is sent and planned; a planned retry runs only when the test says so. */
    private static final class FakeClient implements MissingTopics.Client {
        final List<List<String>> subscribes = new ArrayList<>();
        final List<Long> delays = new ArrayList<>();
        boolean connected = true;
        Runnable task;
        CompletableFuture<Void> planned;

        @Override
        public boolean closed() {
            return false;
        }

        @Override
        public boolean connected() {
            return connected;
        }

        @Override
        public void subscribe(long connection, List<String> topics) {
            subscribes.add(topics);
        }

        @Override
        public Future<?> later(Runnable task, long delayMs) {
            this.task = task;
            delays.add(delayMs);
            planned = new CompletableFuture<>();
            return planned;
        }

        List<String> lastSubscribe() {
            return subscribes.get(subscribes.size() - 1);
        }

        void runPlanned() {
            planned.complete(null);
            task.run();
        }
    }
}
