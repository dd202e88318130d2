package hallq.controller.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A set of half-open time spans [start, end) in epoch milliseconds, kept sorted and disjoint. */
final class Intervals {
    private final List<long[]> spans;

    private Intervals(List<long[]> spans) {
        this.spans = spans;
    }

    static Intervals of(List<long[]> raw) {
        List<long[]> sorted = new ArrayList<>(raw.stream().filter(s -> s[1] > s[0]).toList());
        sorted.sort(Comparator.comparingLong(s -> s[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] s : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new long[] {s[0], s[1]});
            }
        }
        return new Intervals(merged);
    }

    Intervals intersect(Intervals other) {
        List<long[]> out = new ArrayList<>();
        for (long[] a : spans) {
            for (long[] b : other.spans) {
                long start = Math.max(a[0], b[0]);
                long end = Math.min(a[1], b[1]);
                if (end > start) {
                    out.add(new long[] {start, end});
                }
            }
        }
        return of(out);
    }

    Intervals minus(Intervals other) {
        List<long[]> out = new ArrayList<>();
        for (long[] a : spans) {
            long from = a[0];
            for (long[] b : other.spans) {
                if (b[1] <= from || b[0] >= a[1]) {
                    continue;
                }
                if (b[0] > from) {
                    out.add(new long[] {from, b[0]});
                }
                from = Math.max(from, b[1]);
            }
            if (from < a[1]) {
                out.add(new long[] {from, a[1]});
            }
        }
        return of(out);
    }

    boolean contains(long t) {
        return spans.stream().anyMatch(s -> s[0] <= t && t < s[1]);
    }

    long millis() {
        return spans.stream().mapToLong(s -> s[1] - s[0]).sum();
    }

    double minutes() {
        return millis() / 60_000.0;
    }
}
