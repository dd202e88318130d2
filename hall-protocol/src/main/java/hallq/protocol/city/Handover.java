package hallq.protocol.city;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * A matter handed over from one hall to another (代办转报, docs/city.md "Handovers"), as the hub hands
 * it to the two halls: the station that accepted it ({@code fromHall}), the competent hall that
 * handles it ({@code toHall}), the matter, the materials received, the deadlines, and every step so
 * far. A step is owned by one side — the station sends it and hands the result to the citizen, the
 * receiving hall takes it in, accepts or returns it and makes the result ready — and happens at most
 * once, so each side's copy is the union of the steps it has heard of and the two copies can never
 * disagree. {@code version} counts the hub's changes; a hall says which version it holds with each
 * of its own handover events. No personal data: the citizen stays at the station.
 */
public record Handover(String receipt, String fromHall, String fromHallName, String toHall, String toHallName,
                       String serviceId, String matterName, List<String> materials, String note, Instant sentAt,
                       Instant acceptDue, Instant resultDue, List<Step> steps, long version) {
    /** Sent by the station (its 收件通知书 printed). */
    public static final String SENT = "SENT";
    /** Taken in by the receiving hall. */
    public static final String RECEIVED = "RECEIVED";
    /** Accepted by the receiving hall ({@code detail}: its acceptance number, 受理编号). */
    public static final String ACCEPTED = "ACCEPTED";
    /** Returned by the receiving hall, or by the hub when there is no such hall ({@code detail}: why). */
    public static final String RETURNED = "RETURNED";
    /** The result is ready ({@code detail}: PICKUP at the station, or POST). */
    public static final String RESULT_READY = "RESULT_READY";
    /** The citizen took the result at the station. */
    public static final String PICKED_UP = "PICKED_UP";
    /** Not a step: a hall's word that it holds the hub's {@code version} of the handover. */
    public static final String HELD = "HELD";

    public static final Set<String> STATION_STEPS = Set.of(SENT, PICKED_UP);
    public static final Set<String> RECEIVER_STEPS = Set.of(RECEIVED, ACCEPTED, RETURNED, RESULT_READY);
    /** Steps in the order a handover goes through them (for display and for status). */
    public static final List<String> ORDER = List.of(SENT, RECEIVED, ACCEPTED, RETURNED, RESULT_READY, PICKED_UP);
    public static final int MAX_MATERIALS = 30;
    public static final int MAX_TEXT = 500;

    /** One step: what, when, at which hall, by whom (a staff id, or "hub"), with its detail. */
    public record Step(String step, Instant at, String hall, String by, String detail) {
    }

    public Handover {
        materials = materials == null ? List.of() : List.copyOf(materials);
        steps = steps == null ? List.of() : sorted(steps);
    }

    public Step step(String name) {
        return steps.stream().filter(s -> s.step().equals(name)).findFirst().orElse(null);
    }

    public boolean has(String name) {
        return step(name) != null;
    }

    /** The furthest step reached: what the handover's status is called. */
    public String status() {
        return steps.isEmpty() ? SENT : steps.get(steps.size() - 1).step();
    }

    /** Whether nothing more is to happen: returned, picked up, or the result sent by post. */
    public boolean closed() {
        Step ready = step(RESULT_READY);
        return has(RETURNED) || has(PICKED_UP) || (ready != null && "POST".equals(ready.detail()));
    }

    /** The receiving hall has not accepted (or returned) it by its due time. */
    public boolean acceptOverdue(Instant now) {
        Step done = has(ACCEPTED) ? step(ACCEPTED) : step(RETURNED);
        return acceptDue != null && (done == null ? now : done.at()).isAfter(acceptDue);
    }

    /** The result was not ready by its due time (a returned handover is never late). */
    public boolean resultOverdue(Instant now) {
        if (has(RETURNED) || resultDue == null) {
            return false;
        }
        Step ready = step(RESULT_READY);
        return (ready == null ? now : ready.at()).isAfter(resultDue);
    }

    /**
     * Still open and waiting on the receiving hall past a deadline: not accepted (or returned) by its
     * acceptance deadline, or its result not ready by the result's.
     */
    public boolean overdue(Instant now) {
        return !closed() && (!has(ACCEPTED) && acceptOverdue(now) || !has(RESULT_READY) && resultOverdue(now));
    }

    /** This handover with {@code more} steps it did not have (same-named ones are kept as they were). */
    public Handover with(List<Step> more, long atVersion) {
        List<Step> all = new ArrayList<>(steps);
        for (Step s : more) {
            if (all.stream().noneMatch(x -> x.step().equals(s.step()))) {
                all.add(s);
            }
        }
        return new Handover(receipt, fromHall, fromHallName, toHall, toHallName, serviceId, matterName, materials, note,
                sentAt, acceptDue, resultDue, all, Math.max(version, atVersion));
    }

    /**
     * Why {@code step} may not follow now, or null when it may: each step once, in its order (the
     * result after acceptance, pickup after a result ready for pickup), nothing after a return.
     */
    public String refusal(String step) {
        if (has(step)) {
            return "handover " + receipt + " is already " + step.toLowerCase().replace('_', ' ');
        }
        if (has(RETURNED)) {
            return "handover " + receipt + " was returned";
        }
        return switch (step) {
            case RETURNED -> has(ACCEPTED) ? "handover " + receipt + " is accepted: its result says the decision" : null;
            case RESULT_READY -> has(ACCEPTED) ? null : "handover " + receipt + " must be accepted first";
            case PICKED_UP -> {
                Step ready = step(RESULT_READY);
                yield ready == null ? "handover " + receipt + "'s result is not ready yet"
                        : "POST".equals(ready.detail()) ? "handover " + receipt + "'s result was sent by post" : null;
            }
            default -> null;
        };
    }

    private static List<Step> sorted(List<Step> steps) {
        return steps.stream().sorted(Comparator.comparingInt((Step s) -> ORDER.indexOf(s.step()))
                .thenComparing(Step::at)).toList();
    }
}
