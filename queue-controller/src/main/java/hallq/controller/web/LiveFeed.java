package hallq.controller.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import hallq.controller.auth.Sessions;
import hallq.controller.service.HallListener;
import hallq.controller.service.QueueService;
import hallq.controller.service.Rejection;
import hallq.protocol.Json;
import hallq.protocol.mqtt.Alert;
import hallq.protocol.mqtt.CallEvent;
import hallq.protocol.rest.WindowView;
import io.javalin.config.JavalinConfig;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live pages over server-sent events. Staff get the hall (windows, services, calls, alerts) as it
 * changes; a citizen's phone gets its own ticket whenever it changes. One pusher thread sends
 * everything, so a listener called under the queue's lock only hands work over.
 */
final class LiveFeed implements HallListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    private static final ObjectMapper JSON = Json.lenient();
    private static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int MAX_CITIZENS = 5_000;
    private final QueueService service;
    private final Sessions sessions;
    private final BlockingQueue<Runnable> work = new LinkedBlockingQueue<>();
    private final Map<SseClient, String> staff = new ConcurrentHashMap<>();
    private final Map<SseClient, Citizen> citizens = new ConcurrentHashMap<>();
    private final Thread pusher;
    private volatile boolean running = true;
    private boolean changed;
    private long lastBeat = System.nanoTime();

    private static final class Citizen {
        final String token;
        String lastSent;

        Citizen(String token) {
            this.token = token;
        }
    }

    LiveFeed(QueueService service, Sessions sessions) {
        this.service = service;
        this.sessions = sessions;
        this.pusher = new Thread(this::run, "web-live");
        pusher.setDaemon(true);
        pusher.start();
        service.addListener(this);
    }

    void register(JavalinConfig cfg) {
        // stop pushing before the server goes: finishing a stream on a stopped server loops inside Javalin
        cfg.events.serverStopping(this::close);
        cfg.routes.sse("/api/v1/live/hall", client -> {
            String session = client.ctx().cookie(StaffGate.COOKIE);
            client.keepAlive();
            client.onClose(() -> staff.remove(client));
            work.add(() -> {
                send(client, "hall", service.snapshot());
                staff.put(client, session);
            });
        });
        cfg.routes.sse("/api/v1/live/tickets/{token}", client -> {
            String token = client.ctx().pathParam("token");
            client.keepAlive();
            if (citizens.size() >= MAX_CITIZENS) {
                client.sendEvent("busy", "{}");
                client.close();
                return;
            }
            client.onClose(() -> citizens.remove(client));
            work.add(() -> {
                Citizen c = new Citizen(token);
                citizens.put(client, c);
                pushTicket(client, c);
            });
        });
    }

    @Override
    public void changed(List<CallEvent> calls, List<WindowView> windows) {
        work.add(() -> {
            calls.forEach(c -> toStaff("call", c));
            if (!windows.isEmpty()) {
                toStaff("windows", windows);
            }
            changed = true;
        });
    }

    @Override
    public void alerts(List<Alert> alerts) {
        work.add(() -> alerts.forEach(a -> toStaff("alert", a)));
    }

    private void run() {
        while (running) {
            try {
                Runnable first = work.poll(2, TimeUnit.SECONDS);
                if (first != null) {
                    first.run();
                    for (Runnable next = work.poll(); next != null; next = work.poll()) {
                        next.run();
                    }
                }
                if (changed) {
                    changed = false;
                    toStaff("services", service.services());
                    citizens.forEach(this::pushTicket);
                }
                heartbeat();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("live page update failed", e);
            }
        }
    }

    private void pushTicket(SseClient client, Citizen c) {
        try {
            String json = JSON.writeValueAsString(service.ticket(c.token, false));
            if (!json.equals(c.lastSent)) {
                c.lastSent = json;
                client.sendEvent("ticket", json);
            }
        } catch (Rejection gone) {
            client.sendEvent("gone", "{}");
            client.close();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void toStaff(String event, Object data) {
        staff.forEach((client, session) -> {
            if (sessions.alive(session)) {
                send(client, event, data);
            } else {
                client.sendEvent("expired", "{}");
                client.close();
            }
        });
    }

    private void send(SseClient client, String event, Object data) {
        try {
            client.sendEvent(event, JSON.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A comment now and then keeps proxies from cutting quiet streams and finds closed ones. */
    private void heartbeat() {
        long now = System.nanoTime();
        if (now - lastBeat < HEARTBEAT_NANOS) {
            return;
        }
        lastBeat = now;
        staff.keySet().forEach(c -> c.sendComment("beat"));
        citizens.keySet().forEach(c -> c.sendComment("beat"));
        staff.keySet().removeIf(SseClient::terminated);
        citizens.keySet().removeIf(SseClient::terminated);
    }

    /** Stops pushing; the server closes the streams themselves when it stops. */
    @Override
    public void close() {
        running = false;
        pusher.interrupt();
        try {
            pusher.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
