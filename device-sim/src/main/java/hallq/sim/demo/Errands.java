package hallq.sim.demo;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Citizens the demo follows at one hall (the city demo's handover story), by ticket number: the
 * clerk who calls one serves them without a no-show, a late arrival or a transfer, and once they
 * are served lets their {@link Errand} do what they came for (hand the matter over) instead of a
 * plain completion. A followed citizen still at a kiosk has no number yet: until the kiosk has
 * printed it (or sent them away) a clerk asking about a ticket waits, so the clerk never decides
 * about that citizen's ticket before knowing it is theirs.
 */
final class Errands {
    /** How long a clerk waits at most for a kiosk to finish with a followed citizen (real time: the kiosk's I/O). */
    private static final long KIOSK_WITHIN_NANOS = TimeUnit.SECONDS.toNanos(10);
    private final Map<String, Errand> byTicket = new HashMap<>();
    private int atKiosk;

    /** What a followed citizen needs at the window once served. */
    @FunctionalInterface
    interface Errand {
        /** A plain service: the clerk completes it. */
        Errand SERVE = (window, ticket, console) -> false;

        /**
         * Done once the citizen holding {@code ticket} is served at {@code window}: true when it took
         * them off the window (the clerk does not complete); false: complete as usual.
         */
        boolean atWindow(int window, String ticket, WindowConsole console) throws IOException, InterruptedException;
    }

    /** A followed citizen goes to a kiosk; {@link #printed} follows. */
    synchronized void toKiosk() {
        atKiosk++;
    }

    /** The followed citizen left the kiosk with {@code ticket} (null: none), and needs {@code errand}. */
    synchronized void printed(String ticket, Errand errand) {
        atKiosk = Math.max(0, atKiosk - 1);
        if (ticket != null) {
            byTicket.put(ticket, errand);
        }
        notifyAll();
    }

    /** The errand of the citizen holding {@code ticket}, or null for one of the crowd. */
    synchronized Errand of(String ticket) throws InterruptedException {
        long deadline = System.nanoTime() + KIOSK_WITHIN_NANOS;
        for (long left = KIOSK_WITHIN_NANOS; atKiosk > 0 && left > 0; left = deadline - System.nanoTime()) {
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return byTicket.get(ticket);
    }

    /** The citizen holding {@code ticket} has been served (numbers come again the next day). */
    synchronized void served(String ticket) {
        byTicket.remove(ticket);
    }
}
