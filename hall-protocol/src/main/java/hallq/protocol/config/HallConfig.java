package hallq.protocol.config;

import java.util.List;
import java.util.Objects;

/**
 * The whole hall as configured: validated once at start-up, then immutable. {@code calendar} is the
 * working-day calendar (null when none is configured); {@code appointments} the booking rules;
 * {@code sessions} the opening beyond the regular hours (extended, weekend, emergency).
 */
public record HallConfig(HallInfo hall, List<ServiceConfig> services, List<WindowConfig> windows,
                         PolicyConfig policy, List<DeviceConfig> devices, CalendarConfig calendar,
                         AppointmentConfig appointments, List<SessionConfig> sessions) {
    public HallConfig(HallInfo hall, List<ServiceConfig> services, List<WindowConfig> windows,
                      PolicyConfig policy, List<DeviceConfig> devices) {
        this(hall, services, windows, policy, devices, null, null, null);
    }

    public HallConfig {
        // empty entries are kept so that the validator can name them
        services = ServiceGuide.copy(services);
        windows = ServiceGuide.copy(windows);
        devices = ServiceGuide.copy(devices);
        policy = policy == null ? PolicyConfig.defaults() : policy;
        appointments = appointments == null ? AppointmentConfig.defaults() : appointments;
        sessions = ServiceGuide.copy(sessions);
    }

    public ServiceConfig service(String id) {
        return services.stream().filter(s -> s != null && Objects.equals(s.id(), id)).findFirst().orElse(null);
    }

    HallConfig withReferences(CalendarConfig resolvedCalendar, List<ServiceConfig> resolvedServices) {
        return new HallConfig(hall, resolvedServices, windows, policy, devices, resolvedCalendar, appointments, sessions);
    }
}
