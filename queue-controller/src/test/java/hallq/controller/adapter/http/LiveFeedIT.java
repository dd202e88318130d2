package hallq.controller.adapter.http;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import hallq.controller.app.Controller;
import hallq.controller.testing.Http;
import hallq.controller.testing.TestHall;
import hallq.protocol.testing.MutableClock;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The staff live feed with a page that never reads: the others keep getting every change; it is cut off. */
class LiveFeedIT {
    private Controller controller;

    @BeforeEach
    void start() throws Exception {
        controller = TestHall.start(TestHall.newDataDir(), MutableClock.mondayAt(10, 0));
    }

    @AfterEach
    void stop() {
        controller.close();
    }

    @Test
    void aPageThatNeverReads_delaysNoOtherPage_andIsDisconnected() throws Exception {
        Http manager = Http.manager(controller.httpPort());
        String cookie = Http.sessionCookie(controller.httpPort(), TestHall.MANAGER);
        try (Socket stuck = feed(cookie, 4096); Socket reader = feed(cookie, 65536)) {
            AtomicReference<String> lastWindows = new AtomicReference<>("");
            AtomicLong readerBytes = new AtomicLong();
            Thread reading = new Thread(() -> readLines(reader, lastWindows, readerBytes), "test-sse-reader");
            reading.setDaemon(true);
            reading.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> readerBytes.get() > 0);
            // each round, a window paused and resumed: about 7 kB of events, 6 MB in all, more than the
            // socket buffers of a page that does not read can hold (they grow to 4 MB on loopback)
            for (int i = 0; i < 900; i++) {
                assertEquals(200, manager.post("/api/v1/windows/25/pause", null).status());
                assertEquals(200, manager.post("/api/v1/windows/25/resume", null).status());
            }
            assertEquals(200, manager.post("/api/v1/windows/27/open", "{\"clerk\":\"最后一位\"}").status());
            await().atMost(Duration.ofSeconds(10)).until(() -> lastWindows.get().contains("最后一位"));
            // the stuck page may already be cut off here: 1,800 writes take longer than the stall limit on a
            // busy machine, so only its end is asserted, not when it comes
            await().atMost(Duration.ofSeconds(LiveFeed.STALL_SECONDS + 15)).until(() ->
                    manager.get("/api/v1/live/pages").json().get("staff").asInt() == 1);
            assertEquals(1, manager.get("/api/v1/live/pages").json().get("cutOff").asInt());

            stuck.setSoTimeout(20_000);
            long got = drainUntilClosed(stuck.getInputStream());
            assertTrue(got < readerBytes.get(), "the stuck page was cut off midway: it got " + got + " bytes, the "
                    + "reading page " + readerBytes.get());
        }
        assertEquals(200, manager.get("/api/v1/auth/me").status(), "the controller is unharmed");
    }

    /** A staff page asking for the live feed; {@code buffer} is its receive buffer. */
    private Socket feed(String cookie, int buffer) throws IOException {
        Socket s = new Socket();
        s.setReceiveBufferSize(buffer);
        s.connect(new InetSocketAddress("127.0.0.1", controller.httpPort()), 5000);
        s.getOutputStream().write(("GET /api/v1/live/hall HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                + "Cookie: " + cookie + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        s.getOutputStream().flush();
        return s;
    }

    private static void readLines(Socket s, AtomicReference<String> lastWindows, AtomicLong bytes) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
            String event = "";
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                bytes.addAndGet(line.length() + 1);
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:") && event.equals("windows")) {
                    lastWindows.set(line);
                }
            }
        } catch (IOException e) {
            // the test closed the socket
        }
    }

    /** Reads what the server had sent until it closed the connection; a read timeout means it never did. */
    private static long drainUntilClosed(InputStream in) throws IOException {
        long total = 0;
        byte[] buffer = new byte[65536];
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the page that never read is still connected after " + total + " bytes");
                }
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the page that never read is still connected after " + total + " bytes", e);
        } catch (SocketException reset) {
            // closed with data still on its way: disconnected all the same
        }
        return total;
    }
}
