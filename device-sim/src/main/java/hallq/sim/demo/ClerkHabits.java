package hallq.sim.demo;

import hallq.protocol.config.HallConfig;
import hallq.protocol.config.ServiceConfig;
import hallq.sim.crowd.Scenario;
import hallq.sim.crowd.ServiceTime;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * How the demo's clerks and citizens behave at the window: service times by service (the scenario's,
 * else lognormal around the hall's configured mean), how often a called citizen never comes or comes
 * late (a recall), how often a citizen is sent to another service, how long a break lasts.
 */
record ClerkHabits(Map<String, ServiceTime> serviceTimes, Map<String, String> serviceByPrefix, List<String> services,
                   double noShowShare, double lateShare, double transferShare, double ratingShare,
                   Duration breakLength) {

    static ClerkHabits of(HallConfig hall, Scenario scenario) {
        Map<String, ServiceTime> times = new HashMap<>();
        Map<String, String> byPrefix = new HashMap<>();
        for (ServiceConfig s : hall.services()) {
            Scenario.Demand d = scenario.services().get(s.id());
            double mean = s.meanServiceMinutes() == null ? 8 : s.meanServiceMinutes();
            times.put(s.id(), d != null ? d.serviceTime() : new ServiceTime(ServiceTime.Kind.LOGNORMAL, mean, 0.6));
            byPrefix.put(s.prefix(), s.id());
        }
        double noShow = scenario.behaviour().noShowRate();
        return new ClerkHabits(times, byPrefix, hall.services().stream().map(ServiceConfig::id).toList(),
                noShow, 0.08, 0.02, 0.85, Duration.ofMinutes(15));
    }

    /** The service of a ticket number, by its prefix letter(s). */
    String serviceOf(String ticket) {
        for (int i = ticket.length() - 1; i > 0; i--) {
            String id = serviceByPrefix.get(ticket.substring(0, i));
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    Duration serviceTime(String service, RandomGenerator rng) {
        ServiceTime t = serviceTimes.get(service);
        double minutes = t == null ? 8 : t.sample(rng);
        return Duration.ofMillis(Math.max(30_000, Math.round(minutes * 60_000)));
    }

    /** 好差评: mostly 非常满意 and 满意, a few worse. */
    static int score(RandomGenerator rng) {
        double u = rng.nextDouble();
        return u < 0.70 ? 5 : u < 0.90 ? 4 : u < 0.96 ? 3 : u < 0.99 ? 2 : 1;
    }
}
