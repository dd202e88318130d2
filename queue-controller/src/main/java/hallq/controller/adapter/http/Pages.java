package hallq.controller.adapter.http;

import hallq.protocol.web.ChartJs;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The pages: the citizen's ticket page {@code /t/{token}}, the staff login, the clerk console and the
 * manager dashboard, with their scripts and styles under {@code /web} and the chart library from its
 * WebJar. Everything is served from the controller: the hall network reaches no CDN.
 */
final class Pages {
    /** No inline scripts or styles, nothing from elsewhere. */
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
    private final byte[] citizen = resource("/web/citizen.html");
    private final byte[] login = resource("/web/login.html");
    private final byte[] clerk = resource("/web/clerk.html");
    private final byte[] dashboard = resource("/web/dashboard.html");
    private final byte[] book = resource("/web/book.html");
    private final byte[] handover = resource("/web/handover.html");
    private final byte[] handoverStaff = resource("/web/handover-staff.html");
    private final byte[] chart = ChartJs.file();

    void register(Routes routes) {
        routes.config().staticFiles.add(s -> {
            s.hostedPath = "/web";
            s.directory = "/web";
            s.location = Location.CLASSPATH;
            s.headers = Map.of("Cache-Control", "no-cache", "X-Content-Type-Options", "nosniff");
        });
        routes.get("/", Access.PUBLIC, ctx -> ctx.redirect("/staff"));
        routes.get("/t/{token}", Access.PUBLIC, ctx -> page(ctx, citizen).header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store"));
        routes.get("/book", Access.PUBLIC, ctx -> page(ctx, book));
        routes.get("/h/{token}", Access.PUBLIC, ctx -> page(ctx, handover).header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store"));
        routes.get("/a/{token}", Access.PUBLIC, ctx -> page(ctx, book).header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store"));
        routes.get("/staff", Access.PUBLIC, ctx -> page(ctx, login));
        routes.get("/staff/dashboard", Access.PUBLIC, ctx -> page(ctx, dashboard));
        routes.get("/staff/window/{n}", Access.PUBLIC, ctx -> page(ctx, clerk));
        routes.get("/staff/handover/{receipt}", Access.PUBLIC, ctx -> page(ctx, handoverStaff));
        routes.get("/vendor/chart.umd.min.js", Access.PUBLIC, ctx -> ctx.contentType("text/javascript; charset=utf-8")
                .header("Cache-Control", "max-age=86400").result(chart));
    }

    private static Context page(Context ctx, byte[] html) {
        return ctx.contentType("text/html; charset=utf-8").header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-cache").result(html);
    }

    private static byte[] resource(String path) {
        try (InputStream in = Pages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
