package hallq.controller.adapter.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Routes state who may call them; one that does not keeps the server from starting. */
class RoutesTest {
    @Test
    void aRouteRegisteredAroundRoutes_isRefused_namingIt() {
        Javalin app = Javalin.create(cfg -> {
            new Routes(cfg).get("/api/v1/hall", Access.PUBLIC, ctx -> ctx.result("ok"));
            cfg.routes.get("/api/v1/new-report", ctx -> ctx.result("everyone can read this"));
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Routes.table(app));
        assertTrue(e.getMessage().contains("GET /api/v1/new-report"), e.getMessage());
    }

    @Test
    void aRouteWithoutAnAccessLevel_isForStaff() {
        Javalin app = Javalin.create(cfg -> {
            Routes routes = new Routes(cfg);
            routes.get("/api/v1/new-report", ctx -> ctx.result("staff only"));
            routes.postSecret("/api/v1/auth/password", Access.OWN_ACCOUNT, ctx -> { });
        });
        assertEquals(List.of(new Routes.Entry(HandlerType.GET, "/api/v1/new-report", Access.STAFF),
                new Routes.Entry(HandlerType.POST, "/api/v1/auth/password", Access.OWN_ACCOUNT)), Routes.table(app));
    }
}
