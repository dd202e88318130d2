package hallq.sim.crowd;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The hall sampled over the day (at every policy tick): citizens waiting per service, windows open. */
final class Timeline {
    /** One sample: minute from the start of the day, waiting per service, open (or paused) windows. */
    record Sample(double minute, Map<String, Integer> waiting, int openWindows) {
        int waitingTotal() {
            return waiting.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final ZonedDateTime start;
    private final List<Sample> samples = new ArrayList<>();

    Timeline(ZonedDateTime start) {
        this.start = start;
    }

    /** The day's first minute, in the hall's time zone. */
    ZonedDateTime start() {
        return start;
    }

    /** Epoch milliseconds of a minute of the day. */
    long epochMillis(double minute) {
        return start.toInstant().toEpochMilli() + Math.round(minute * 60_000);
    }

    void add(double minute, Map<String, Integer> waiting, int openWindows) {
        samples.add(new Sample(minute, new TreeMap<>(waiting), openWindows));
    }

    List<Sample> samples() {
        return List.copyOf(samples);
    }
}
