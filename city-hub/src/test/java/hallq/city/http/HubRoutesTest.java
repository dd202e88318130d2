package hallq.city.http;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

class HubRoutesTest {
    @Test
    void aPublicRouteNotOnTheReviewedList_stopsTheHubFromStarting() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Javalin.create(cfg ->
                new HubRoutes(cfg, ctx -> "nobody").get("/api/v1/city/secrets", HubRoutes.Access.PUBLIC, ctx -> { })));
        assertTrue(e.getMessage().contains("GET /api/v1/city/secrets is public but not on the reviewed list"), e.getMessage());
    }
}
