package hallq.sim.demo;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection and the day summary, over HTTP on the demo process (loopback only); a hall's
 * demo has these, the city demo ({@link CityDemo}) its own:
 *
 * <pre>
 * POST /demo/faults/paper-out/{kiosk}     POST /demo/faults/paper-in/{kiosk}
 * POST /demo/faults/unplug-board/{window} POST /demo/faults/replug-board/{window}
 * POST /demo/faults/restart-broker        POST /demo/faults/restart-controller
 * GET  /demo/summary
 * </pre>
 *
 * Bad input (not a number: 400; no such kiosk or window: 404) gets a message and changes nothing;
 * a fault that could not be carried out is a 503.
 */
final class DemoApi implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DemoApi.class);
    private static final String HOST = "127.0.0.1";
    private final Javalin app;

    /** One fault: carries it out and says what it did. */
    @FunctionalInterface
    interface Fault {
        String inject(Context ctx) throws Exception;
    }

    /** {@code faults}: path under {@code /demo/faults/} → fault; {@code summary}: the text of {@code /demo/summary}. */
    DemoApi(Map<String, Fault> faults, Supplier<String> summary) {
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            faults.forEach((path, fault) -> cfg.routes.post("/demo/faults/" + path, ctx -> run(ctx, fault)));
            cfg.routes.get("/demo/summary", ctx -> ctx.contentType("text/plain; charset=utf-8").result(summary.get()));
        });
    }

    /** The faults of one hall's demo. */
    static DemoApi of(Demo demo) {
        Map<String, Fault> faults = new LinkedHashMap<>();
        faults.put("paper-out/{kiosk}", c -> paper(demo, c, true));
        faults.put("paper-in/{kiosk}", c -> paper(demo, c, false));
        faults.put("unplug-board/{window}", c -> {
            demo.leds().unplug(window(c));
            return "LED board of window " + window(c) + " unplugged";
        });
        faults.put("replug-board/{window}", c -> {
            demo.leds().replug(window(c));
            return "LED board of window " + window(c) + " plugged in again";
        });
        faults.put("restart-broker", c -> {
            demo.host().restartBroker();
            return "broker restarted";
        });
        faults.put("restart-controller", c -> {
            demo.host().restartController();
            return "controller restarted";
        });
        return new DemoApi(faults, () -> demo.summary().format());
    }

    private static String paper(Demo demo, Context ctx, boolean out) {
        KioskStation k = demo.kiosk(ctx.pathParam("kiosk"));
        k.simPrinter().setPaperOut(out);
        log.warn("FAULT: {} printer paper {}", k.id(), out ? "pulled out" : "put back");
        return k.id() + " printer: paper " + (out ? "out" : "in");
    }

    private static int window(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("window"));
        } catch (NumberFormatException e) {
            throw new NumberFormatException("window must be a number, was '" + ctx.pathParam("window") + "'");
        }
    }

    private static void run(Context ctx, Fault fault) {
        Map<String, Object> body = new LinkedHashMap<>();
        try {
            body.put("ok", true);
            body.put("message", fault.inject(ctx));
        } catch (NumberFormatException e) {
            ctx.status(400);
            body.put("ok", false);
            body.put("message", e.getMessage());
        } catch (IllegalArgumentException e) {
            ctx.status(404);
            body.put("ok", false);
            body.put("message", e.getMessage());
        } catch (Exception e) {
            log.error("fault injection failed", e);
            ctx.status(503);
            body.put("ok", false);
            body.put("message", String.valueOf(e.getMessage()));
        }
        ctx.json(body);
    }

    DemoApi start(int port) {
        app.start(HOST, port);
        return this;
    }

    String url() {
        return "http://" + HOST + ":" + app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
