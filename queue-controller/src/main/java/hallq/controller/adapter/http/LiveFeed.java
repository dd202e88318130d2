package hallq.controller.adapter.http;

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
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live pages over server-sent events. Staff get the hall (windows, services, calls, alerts) as it
 * changes; a citizen's phone gets its own ticket whenever it changes. One pusher thread decides
 * what each page gets, so a listener called under the queue's lock only hands work over; each page
 * has its own bounded {@link PageOutbox}, drained by a few sender threads, so a page that reads slowly
 * or not at all delays nobody else. A page {@value #QUEUE_LIMIT} events behind loses them (staff
 * pages then get a fresh {@code hall} snapshot, citizens' the newest state of their ticket); a page
 * whose write has made no progress for {@link #STALL_SECONDS} s is disconnected (browsers reconnect
 * by themselves).
 */
final class LiveFeed implements HallListener, AutoCloseable {
    static final int QUEUE_LIMIT = 100;
    static final int STALL_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(LiveFeed.class);
    private static final ObjectMapper JSON = Json.lenient();
    private static final long HEARTBEAT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int MAX_CITIZENS = 5_000;
    private static final int SENDERS = 8;
    private final QueueService service;
    private final Sessions sessions;
    private final BlockingQueue<Runnable> work = new LinkedBlockingQueue<>();
    private final Map<SseClient, Staff> staff = new ConcurrentHashMap<>();
    private final Map<SseClient, Citizen> citizens = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor senders;
    private final Thread pusher;
    private volatile boolean running = true;
    private boolean changed;
    private long lastBeat = System.nanoTime();
    private final AtomicLong cutOff = new AtomicLong();

    private record Staff(String session, PageOutbox outbox) {
    }

    /** Live pages connected now, and how many were cut off for not reading since the start. */
    record Pages(int staff, int citizens, long cutOff) {
    }

    private static final class Citizen {
        final String token;
        final PageOutbox outbox;
        String lastSent;

        Citizen(String token, PageOutbox outbox) {
            this.token = token;
            this.outbox = outbox;
        }
    }

    LiveFeed(QueueService service, Sessions sessions) {
        this.service = service;
        this.sessions = sessions;
        AtomicInteger n = new AtomicInteger();
        this.senders = new ThreadPoolExecutor(SENDERS, SENDERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, "web-live-send-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        senders.allowCoreThreadTimeOut(true);
        this.pusher = new Thread(this::run, "web-live");
        pusher.setDaemon(true);
        pusher.start();
        service.addListener(this);
    }

    void register(Routes routes) {
        // stop pushing before the server goes: finishing a stream on a stopped server loops inside Javalin
        routes.config().events.serverStopping(this::close);
        routes.get("/api/v1/live/pages", Access.STAFF, ctx -> ctx.json(new Pages(staff.size(), citizens.size(), cutOff.get())));
        routes.sse("/api/v1/live/hall", Access.STAFF, client -> {
            String session = client.ctx().cookie(StaffGate.COOKIE);
            client.keepAlive();
            PageOutbox box = new PageOutbox(new SseSink(client), QUEUE_LIMIT, () -> new String[] {"hall", json(service.hall().snapshot())});
            client.onClose(() -> {
                staff.remove(client);
                box.close();
            });
            work.add(() -> {
                if (!box.closed()) {
                    staff.put(client, new Staff(session, box));
                    offer(box, "hall", json(service.hall().snapshot()));
                }
            });
        });
        routes.sse("/api/v1/live/tickets/{token}", Access.PUBLIC, client -> {
            String token = client.ctx().pathParam("token");
            client.keepAlive();
            if (citizens.size() >= MAX_CITIZENS) {
                client.sendEvent("busy", "{}");
                client.close();
                return;
            }
            Citizen c = new Citizen(token, new PageOutbox(new SseSink(client), QUEUE_LIMIT, null));
            client.onClose(() -> {
                citizens.remove(client);
                c.outbox.close();
            });
            work.add(() -> {
                if (!c.outbox.closed()) {
                    citizens.put(client, c);
                    pushTicket(c);
                }
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
                Runnable first = work.poll(1, TimeUnit.SECONDS);
                if (first != null) {
                    first.run();
                    for (Runnable next = work.poll(); next != null; next = work.poll()) {
                        next.run();
                    }
                }
                if (changed) {
                    changed = false;
                    toStaff("services", service.hall().services());
                    citizens.values().forEach(this::pushTicket);
                }
                heartbeat();
                dropStalled();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("live page update failed", e);
            }
        }
    }

    private void pushTicket(Citizen c) {
        try {
            String json = JSON.writeValueAsString(service.tickets().ticket(c.token, false));
            if (!json.equals(c.lastSent)) {
                c.lastSent = json;
                offer(c.outbox, "ticket", json);
            }
        } catch (Rejection gone) {
            offer(c.outbox, "gone", "{}");
            c.outbox.closeWhenSent();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void toStaff(String event, Object data) {
        String json = json(data);
        staff.values().forEach(s -> {
            if (sessions.alive(s.session())) {
                offer(s.outbox(), event, json);
            } else {
                offer(s.outbox(), "expired", "{}");
                s.outbox().closeWhenSent();
            }
        });
    }

    private void offer(PageOutbox box, String event, String data) {
        if (box.offer(event, data)) {
            schedule(box);
        }
    }

    private void schedule(PageOutbox box) {
        try {
            senders.execute(box::drain);
        } catch (RejectedExecutionException e) {
            box.unschedule(); // stopping
        }
    }

    /** A comment now and then keeps proxies from cutting quiet streams and finds closed ones. */
    private void heartbeat() {
        long now = System.nanoTime();
        if (now - lastBeat < HEARTBEAT_NANOS) {
            return;
        }
        lastBeat = now;
        staff.values().forEach(s -> offer(s.outbox(), null, "beat"));
        citizens.values().forEach(c -> offer(c.outbox, null, "beat"));
        staff.keySet().removeIf(SseClient::terminated);
        citizens.keySet().removeIf(SseClient::terminated);
    }

    /** Pages whose write has not moved for a while are gone or hopelessly slow: they are disconnected. */
    private void dropStalled() {
        long now = System.nanoTime();
        long limit = TimeUnit.SECONDS.toNanos(STALL_SECONDS);
        staff.forEach((client, s) -> dropIfStalled(client, s.outbox(), now, limit));
        citizens.forEach((client, c) -> dropIfStalled(client, c.outbox, now, limit));
    }

    private void dropIfStalled(SseClient client, PageOutbox box, long now, long limit) {
        if (box.stalledFor(now) > limit) {
            LOG.info("live page {} disconnected: no progress writing to it for {} s", client.ctx().ip(), STALL_SECONDS);
            cutOff.incrementAndGet();
            box.close();
        } else if (box.idleWithWork()) {
            schedule(box);
        }
    }

    private static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops pushing; the server closes the streams themselves when it stops. */
    @Override
    public void close() {
        running = false;
        pusher.interrupt();
        senders.shutdownNow();
        try {
            pusher.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
