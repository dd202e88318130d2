package hallq.kiosk.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The view model's current {@link KioskState}, its subscribers and the time of the last touch.
 * Every change also sets the header clock (hall time, to the minute) and the countdown of a result
 * screen from the runtime's clock, so both follow the clock the tests move. Guarded by the view
 * model's monitor, as the view model's own fields are.
 */
final class KioskStore {

    private final Object lock;
    private final KioskRuntime rt;
    private final List<Consumer<KioskState>> subscribers = new CopyOnWriteArrayList<>();
    private KioskState state = KioskState.initial();
    private Instant lastTouch;

    KioskStore(Object lock, KioskRuntime rt) {
        this.lock = lock;
        this.rt = rt;
        this.lastTouch = rt.clock().instant();
    }

    void subscribe(Consumer<KioskState> subscriber) {
        subscribers.add(subscriber);
        subscriber.accept(state());
    }

    KioskState state() {
        synchronized (lock) {
            return state;
        }
    }

    void touch() {
        synchronized (lock) {
            lastTouch = rt.clock().instant();
        }
    }

    /** How long the kiosk has been left alone. */
    Duration idle(Instant now) {
        synchronized (lock) {
            return Duration.between(lastTouch, now);
        }
    }

    /** Applies a change and tells subscribers in order (they must be quick: hand over to their own thread). */
    void update(UnaryOperator<KioskState> change) {
        synchronized (lock) {
            KioskState before = state;
            Instant now = rt.clock().instant();
            KioskState changed = change.apply(before);
            state = changed.withClock(LocalDateTime.ofInstant(now, rt.settings().zone()).truncatedTo(ChronoUnit.MINUTES),
                    countdown(changed.screen(), now));
            if (!state.equals(before)) {
                for (Consumer<KioskState> s : subscribers) {
                    s.accept(state);
                }
            }
        }
    }

    /** Whole seconds (rounded up) until a printed or given-up screen goes home by itself, else null. */
    private Integer countdown(Screen screen, Instant now) {
        if (screen != Screen.PRINTED && screen != Screen.GIVEN_UP) {
            return null;
        }
        long leftMs = rt.settings().hold(screen).minus(Duration.between(lastTouch, now)).toMillis();
        return (int) Math.max(0, (leftMs + 999) / 1000);
    }
}
