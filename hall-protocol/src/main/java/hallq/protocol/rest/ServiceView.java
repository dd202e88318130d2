package hallq.protocol.rest;

import hallq.protocol.Zone;

/**
 * A service as citizens and boards see it now: how many wait, how many windows serve it
 * (shared windows count partially), and the wait a new arrival would face (mean, p90 minutes;
 * null when no open window serves it).
 * {@code closedReason} is set when no ticket can be taken now (outside hours, daily cap reached).
 * Also the payload of the retained {@code queues/{service}} topic.
 */
public record ServiceView(String id, String name, String nameEn, String prefix, Zone zone, int waiting,
                          double servingWindows, Double predictedWaitMinutes, Double predictedWaitP90Minutes,
                          int targetWaitMinutes, int issuedToday, int dailyCap, boolean accepting,
                          String closedReason) {
    public static final String SCHEMA = "hallq.queue/1";
}
