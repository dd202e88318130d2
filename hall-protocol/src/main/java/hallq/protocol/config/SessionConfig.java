package hallq.protocol.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Opening beyond the regular hours (R7): weekday extended hours (工作日延时服务), weekend staggered
 * hours (周末错时服务) or a holiday emergency session (节假日应急服务). It applies on the days of the
 * week in {@code days} and on the {@code dates} listed, to the {@code services} listed (none: all).
 */
public record SessionConfig(String name, List<DayOfWeek> days, List<LocalDate> dates, List<String> hours,
                            List<String> services) {
    public SessionConfig {
        days = days == null ? List.of() : List.copyOf(days);
        dates = dates == null ? List.of() : List.copyOf(dates);
        hours = hours == null ? List.of() : List.copyOf(hours);
        services = services == null ? List.of() : List.copyOf(services);
    }

    public boolean appliesOn(LocalDate date) {
        return days.contains(date.getDayOfWeek()) || dates.contains(date);
    }

    public boolean serves(String serviceId) {
        return services.isEmpty() || services.contains(serviceId);
    }
}
