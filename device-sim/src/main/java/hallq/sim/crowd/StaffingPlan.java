package hallq.sim.crowd;

import hallq.protocol.config.HallConfig;
import hallq.protocol.config.ServiceConfig;
import hallq.protocol.config.WindowConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** The scheduled windows of a scenario, explicit or sized by Erlang C: (minute from start, windows on duty). */
final class StaffingPlan {
    record Step(double minute, TreeSet<Integer> windows) {
    }

    private StaffingPlan() {
    }

    static List<Step> of(Scenario sc, HallConfig hall) {
        Scenario.Staffing st = sc.staffing();
        List<Step> steps = new ArrayList<>();
        if (st == null) {
            TreeSet<Integer> all = new TreeSet<>();
            hall.windows().stream().filter(w -> !w.standby()).forEach(w -> all.add(w.number()));
            steps.add(new Step(0, all));
            return steps;
        }
        if (st.schedule() != null && !st.schedule().isEmpty()) {
            for (Scenario.Shift s : st.schedule()) {
                double minute = Duration.between(sc.from(), s.at()).toSeconds() / 60.0;
                steps.add(new Step(minute, new TreeSet<>(s.windows())));
            }
            return steps;
        }
        double maxShare = st.maxShareOverTarget() == null ? 0.01 : st.maxShareOverTarget();
        double scale = st.scale() == null ? 1 : st.scale();
        int hours = st.erlang() == Scenario.Staffing.ErlangMode.STATIC ? 1 : sc.hours();
        for (int h = 0; h < hours; h++) {
            TreeSet<Integer> on = new TreeSet<>();
            for (ServiceConfig s : hall.services()) {
                Scenario.Demand d = sc.services().get(s.id());
                if (d == null) {
                    continue;
                }
                double perHour = st.erlang() == Scenario.Staffing.ErlangMode.STATIC
                        ? d.ratesPerHour().stream().mapToDouble(Double::doubleValue).average().orElse(0)
                        : d.ratesPerHour().size() > h ? d.ratesPerHour().get(h) : 0;
                int c = ErlangC.staffFor(perHour / 60, 1 / d.serviceTime().meanMinutes(), s.targetWaitMinutes(),
                        maxShare);
                int wanted = (int) Math.ceil(c * scale - 1e-9);
                hall.windows().stream().filter(w -> !w.standby() && w.services().get(0).equals(s.id()))
                        .map(WindowConfig::number).limit(wanted).forEach(on::add);
            }
            steps.add(new Step(h * 60.0, on));
        }
        return steps;
    }
}
