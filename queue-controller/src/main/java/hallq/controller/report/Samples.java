package hallq.controller.report;

import java.util.ArrayList;
import java.util.List;

/** Durations in minutes, summarised as count, mean, 90th percentile (nearest rank) and maximum. */
final class Samples {
    private final List<Double> values = new ArrayList<>();

    void add(double minutes) {
        values.add(minutes);
    }

    void addAll(Samples other) {
        values.addAll(other.values);
    }

    int count() {
        return values.size();
    }

    long countOver(double limit) {
        return values.stream().filter(v -> v > limit).count();
    }

    Figures.Times times() {
        if (values.isEmpty()) {
            return new Figures.Times(0, null, null, null);
        }
        List<Double> sorted = values.stream().sorted().toList();
        double mean = sorted.stream().mapToDouble(Double::doubleValue).sum() / sorted.size();
        double p90 = sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
        return new Figures.Times(sorted.size(), round1(mean), round1(p90), round1(sorted.get(sorted.size() - 1)));
    }

    static Double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** A share of a whole, to four decimals; null when the whole is 0. */
    static Double share(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }
}
