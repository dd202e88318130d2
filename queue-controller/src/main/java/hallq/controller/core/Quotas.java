package hallq.controller.core;

/**
 * How many of a slot's citizens may book ahead (放号量). The capacity of a slot is the windows that
 * serve the service (a window shared by k services counts 1/k; standby windows not at all) × the
 * slot's minutes ÷ the expected service time; {@code share} of it is offered for booking. Recent
 * no-shows are booked over (÷ (1 − no-show rate), the rate capped at 30%); recent demand moves the
 * quota: slots that filled up (≥ 90% booked) get 20% more, slots that stayed mostly empty (< 30%)
 * 20% fewer. Never more than 80% of the capacity: on-site tickets always remain (R2).
 */
public final class Quotas {
    /** What the hall's own history says about appointments for one service (the last 20 working days). */
    public record Demand(double noShowRate, double fillRate, int days) {
        public static final Demand NONE = new Demand(0, 0.5, 0);
    }

    private Quotas() {
    }

    public static double capacity(double windows, int slotMinutes, double meanServiceMinutes) {
        return meanServiceMinutes <= 0 ? 0 : windows * slotMinutes / meanServiceMinutes;
    }

    public static int propose(double capacity, double share, Demand demand) {
        double base = capacity * share;
        double demandFactor = demand.days() == 0 ? 1 : demand.fillRate() >= 0.9 ? 1.2 : demand.fillRate() < 0.3 ? 0.8 : 1;
        double noShow = Math.min(0.3, Math.max(0, demand.noShowRate()));
        double quota = base * demandFactor / (1 - noShow);
        return (int) Math.floor(Math.min(quota, capacity * 0.8) + 1e-9);
    }
}
