package hallq.sim.crowd;

import hallq.protocol.Priority;

/** One simulated citizen: drawn at arrival, then filled in as the day goes (simulation bookkeeping). */
final class Citizen {
    enum Outcome { WAITING, SERVED, NO_SHOW, ABANDONED }

    final int id;
    final String serviceId;
    final Priority priority;
    final double arrival;
    final double serviceMinutes;
    final boolean noShow;
    final double patience;
    long ticketId;
    String token;
    String number;
    double predictedMean = Double.NaN;
    double predictedP90 = Double.NaN;
    double floorMean = Double.NaN;
    /** The mean service time the predictor had learned when the citizen arrived. */
    double learnedMean = Double.NaN;
    /** Baselines: head-of-line (the elapsed wait of the longest waiter) and last-to-enter-service. */
    double holMean = Double.NaN;
    double lesMean = Double.NaN;
    double called = Double.NaN;
    int window;
    Outcome outcome = Outcome.WAITING;

    Citizen(int id, String serviceId, Priority priority, double arrival, double serviceMinutes, boolean noShow,
            double patience) {
        this.id = id;
        this.serviceId = serviceId;
        this.priority = priority;
        this.arrival = arrival;
        this.serviceMinutes = serviceMinutes;
        this.noShow = noShow;
        this.patience = patience;
    }

    boolean wasCalled() {
        return !Double.isNaN(called);
    }

    double waitMinutes() {
        return called - arrival;
    }
}
