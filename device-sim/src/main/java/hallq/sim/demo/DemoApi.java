package hallq.sim.demo;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection and the day summary, over HTTP on the demo process (loopback only):
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
    private final Demo demo;
    private final Javalin app;

    @FunctionalInterface
    private interface Fault {
        String inject(Context ctx) throws Exception;
    }

    DemoApi(Demo demo) {
        this.demo = demo;
        this.app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/demo/faults/paper-out/{kiosk}", ctx -> run(ctx, c -> paper(c, true)));
            cfg.routes.post("/demo/faults/paper-in/{kiosk}", ctx -> run(ctx, c -> paper(c, false)));
            cfg.routes.post("/demo/faults/unplug-board/{window}", ctx -> run(ctx, c -> {
                demo.leds().unplug(window(c));
                return "LED board of window " + window(c) + " unplugged";
            }));
            cfg.routes.post("/demo/faults/replug-board/{window}", ctx -> run(ctx, c -> {
                demo.leds().replug(window(c));
                return "LED board of window " + window(c) + " plugged in again";
            }));
            cfg.routes.post("/demo/faults/restart-broker", ctx -> run(ctx, c -> {
                demo.host().restartBroker();
                return "broker restarted";
            }));
            cfg.routes.post("/demo/faults/restart-controller", ctx -> run(ctx, c -> {
                demo.host().restartController();
                return "controller restarted";
            }));
            cfg.routes.get("/demo/summary", ctx -> ctx.contentType("text/plain; charset=utf-8")
                    .result(demo.summary().format()));
        });
    }

    private String paper(Context ctx, boolean out) {
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
