package hallq.devices.serial;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A pseudo-terminal pair joined by socat ({@code socat -d -d pty,raw,echo=0,link=A
 * pty,raw,echo=0,link=B}): what one side writes to {@link #a()} the other reads from {@link #b()}
 * and back. Open both ends by path (ptys are not listed by jSerialComm's getCommPorts()).
 *
 * <p>Ready means: socat logged "starting data transfer loop" (read from its stderr, no sleeping)
 * and both links exist, within the given deadline. Closing kills socat.
 */
public final class PtyPair implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PtyPair.class);
    private static final String READY = "starting data transfer loop";

    private final Process socat;
    private final Path a;
    private final Path b;
    private final List<String> socatLog;

    private PtyPair(Process socat, Path a, Path b, List<String> socatLog) {
        this.socat = socat;
        this.a = a;
        this.b = b;
        this.socatLog = socatLog;
    }

    /** Starts socat with links {@code dir/a} and {@code dir/b}; fails clearly if socat is missing. */
    public static PtyPair open(Path dir, Duration deadline) throws IOException {
        Files.createDirectories(dir);
        Path a = dir.resolve("a").toAbsolutePath();
        Path b = dir.resolve("b").toAbsolutePath();
        Files.deleteIfExists(a);
        Files.deleteIfExists(b);
        Process socat;
        try {
            socat = new ProcessBuilder("socat", "-d", "-d",
                    "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b).start();
        } catch (IOException e) {
            throw new IOException("cannot start socat (Debian package 'socat'); is it installed and on PATH?", e);
        }
        socat.getOutputStream().close();
        List<String> logLines = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread drain = new Thread(() -> drain(socat, logLines, ready), "socat-log-" + dir.getFileName());
        drain.setDaemon(true);
        drain.start();
        PtyPair pair = new PtyPair(socat, a, b, logLines);
        try {
            boolean started = ready.await(deadline.toMillis(), TimeUnit.MILLISECONDS);
            if (!started || !socat.isAlive() || !Files.exists(a) || !Files.exists(b)) {
                pair.close();
                throw new IOException("socat pty pair not ready within " + deadline + " (alive=" + socat.isAlive()
                        + ", links " + Files.exists(a) + "/" + Files.exists(b) + "); socat said: " + logLines);
            }
        } catch (InterruptedException e) {
            pair.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for socat", e);
        }
        log.info("pty pair {} <-> {} ready", a, b);
        return pair;
    }

    private static void drain(Process socat, List<String> logLines, CountDownLatch ready) {
        try (BufferedReader err = new BufferedReader(
                new InputStreamReader(socat.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                logLines.add(line);
                if (line.contains(READY)) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            logLines.add("(socat log unreadable: " + e.getMessage() + ")");
        } finally {
            ready.countDown();
        }
    }

    public Path a() {
        return a;
    }

    public Path b() {
        return b;
    }

    public boolean isAlive() {
        return socat.isAlive();
    }

    /** socat's own log lines (its -d -d notices), for diagnostics. */
    public List<String> socatLog() {
        return List.copyOf(socatLog);
    }

    @Override
    public void close() {
        socat.destroy();
        try {
            if (!socat.waitFor(2, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            socat.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
