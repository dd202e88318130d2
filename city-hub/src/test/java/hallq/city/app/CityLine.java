package hallq.city.app;

import hallq.city.core.HallEntry;
import hallq.city.store.Registry;
import hallq.controller.app.Controller;
import hallq.controller.service.CityRelay;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.HallConfigLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/**
 * The city demo's line from the city centre down to a village (config/city/*.yml) on a test hub:
 * registered halls, and real controllers of the street and the village linked to it with a fast relay.
 */
final class CityLine {
    static final String PASSWORD = "a hall password 1";
    static final Duration WAIT = Duration.ofSeconds(30);
    static final CityRelay.Settings FAST = new CityRelay.Settings(100, Duration.ofMillis(50), Duration.ofMillis(200),
            Duration.ofMillis(400), Duration.ofDays(30));
    static final HallConfig VILLAGE = new HallConfigLoader().load(Path.of("../config/city/village-hedong.yml"));
    static final HallConfig STREET = new HallConfigLoader().load(Path.of("../config/city/street-baiyun.yml"));

    private CityLine() {
    }

    /** A controller of {@code config} in {@code dir}, linked to {@code hub}. */
    static Controller hall(Hub hub, HallConfig config, Path dir) throws Exception {
        return Controller.start(new Controller.Settings(config, dir, "127.0.0.1", 0, null, 0, InstantSource.system(),
                false).withCity(new Controller.CityLink(hub.url(), PASSWORD, FAST)));
    }

    /** The city's line from the city centre down to the village, as in config/city/city.yml. */
    static void register(Hub hub) {
        register(hub.registry());
    }

    /** The same, in the registry of a hub run elsewhere (its own JVM: the registry on its database). */
    static void register(Registry registry) {
        registry.add(new HallEntry("yunshan-city", "云山市政务服务中心", HallEntry.Level.CITY, null, 23.129, 113.264,
                null), PASSWORD.toCharArray());
        registry.add(new HallEntry("yunshan-center", "云山区政务服务中心", HallEntry.Level.DISTRICT, "yunshan-city",
                23.161, 113.318, null), PASSWORD.toCharArray());
        registry.add(new HallEntry("street-baiyun", STREET.hall().name(), HallEntry.Level.TOWNSHIP,
                "yunshan-center", 23.182, 113.301, null), PASSWORD.toCharArray());
        registry.add(new HallEntry("village-hedong", VILLAGE.hall().name(), HallEntry.Level.VILLAGE,
                "street-baiyun", 23.195, 113.287, null), PASSWORD.toCharArray());
    }
}
