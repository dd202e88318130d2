package hallq.protocol.config;

import java.util.List;

/**
 * A window (窗口). {@code services} is in order of preference; a standby window starts closed
 * and is opened by the policy or the manager.
 */
public record WindowConfig(Integer number, String name, List<String> services, Boolean standby,
                           String clerk, String department) {
    public WindowConfig {
        services = services == null ? List.of() : List.copyOf(services);
        standby = standby != null && standby;
        name = name == null && number != null ? number + "号窗口" : name;
    }
}
