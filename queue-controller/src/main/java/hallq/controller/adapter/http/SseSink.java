package hallq.controller.adapter.http;

import io.javalin.http.sse.SseClient;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One live page's server-sent-events stream as its outbox's {@link PageOutbox.Sink}. A write fails
 * once the stream is gone; closing it also closes the connection underneath, which ends a write
 * blocked on a page that does not read.
 */
final class SseSink implements PageOutbox.Sink {
    private static final Logger LOG = LoggerFactory.getLogger(SseSink.class);
    private final SseClient client;

    SseSink(SseClient client) {
        this.client = client;
    }

    @Override
    public void send(String event, String data) {
        if (client.terminated()) {
            throw new IllegalStateException("closed");
        }
        if (event == null) {
            client.sendComment(data);
        } else {
            client.sendEvent(event, data);
        }
        if (client.terminated()) {
            throw new IllegalStateException("closed while writing");
        }
    }

    @Override
    public void close() {
        try {
            var request = ServletContextRequest.getServletContextRequest(client.ctx().req());
            if (request != null) {
                request.getConnectionMetaData().getConnection().getEndPoint().close();
            }
        } catch (RuntimeException e) {
            LOG.debug("connection of a live page not closed: {}", e.toString());
        }
        client.close();
    }
}
