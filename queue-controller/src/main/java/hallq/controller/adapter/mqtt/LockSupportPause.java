package hallq.controller.adapter.mqtt;

import java.util.concurrent.locks.LockSupport;

/** A pause between reconnect attempts (not used to wait for any result). */
final class LockSupportPause {
    private LockSupportPause() {
    }

    static void pause(long millis) {
        LockSupport.parkNanos(millis * 1_000_000L);
    }
}
