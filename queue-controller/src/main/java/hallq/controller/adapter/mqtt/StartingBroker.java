package hallq.controller.adapter.mqtt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The embedded broker starting on a thread of its own, so that the controller opens its store and loads the day
 * meanwhile (docs/performance.md "Back after a crash"): {@link #await} hands it over once it listens, or throws what
 * stopped it; {@link #close} closes it, whether or not anyone took it, and has nothing to close if it never started.
 */
public final class StartingBroker implements AutoCloseable {
    private final CompletableFuture<EmbeddedBroker> start;

    private StartingBroker(CompletableFuture<EmbeddedBroker> start) {
        this.start = start;
    }

    /** As {@link EmbeddedBroker#start(String, int, Path, BrokerAccess)}, returning at once. */
    public static StartingBroker start(String host, int port, Path dataDir, BrokerAccess access) {
        return new StartingBroker(CompletableFuture.supplyAsync(() -> {
            try {
                return EmbeddedBroker.start(host, port, dataDir, access);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, r -> {
            Thread t = new Thread(r, "controller-start-broker");
            t.setDaemon(true);
            t.start();
        }));
    }

    /** The broker, once it listens. */
    public EmbeddedBroker await() throws IOException {
        try {
            return start.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public void close() {
        EmbeddedBroker broker = start.handle((b, failed) -> b).join();
        if (broker != null) {
            broker.close();
        }
    }
}
