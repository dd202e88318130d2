package hallq.sim.demo;

import hallq.devices.DeviceException;
import hallq.devices.evaluator.Score;
import hallq.devices.keypad.Key;
import hallq.protocol.WindowState;
import hallq.protocol.mqtt.CallerCommand;
import hallq.protocol.rest.WindowView;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated clerk at one window, on the hall clock: presses NEXT on the keypad, waits for the
 * citizen (who sometimes comes late — a recall — or never — a no-show), starts serving on the
 * window terminal, serves for a realistic time, completes (the citizen rates on the evaluator) or
 * now and then transfers the citizen to another service, and takes a break morning and afternoon.
 * A citizen the demo follows ({@link Errands}) always comes, and is handed over when that is what
 * they came for.
 * A restarted demo picks up what the window was doing. A command left unanswered (controller or
 * broker away) is simply tried again a little later.
 */
final class Clerk implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(Clerk.class);
    private static final long ANSWER_WITHIN_MS = 5_000;
    private final int window;
    private final List<String> windowServices;
    private final WindowTerminal terminal;
    private final WindowConsole console;
    private final DemoClock clock;
    private final ClerkHabits habits;
    private final RandomGenerator rng;
    private final CountDownLatch stop;
    private final ClerkStats stats;
    private final Errands errands;
    private final List<LocalTime> breaks = new ArrayList<>();

    Clerk(int window, List<String> windowServices, WindowTerminal terminal, WindowConsole console, DemoClock clock,
          ClerkHabits habits, RandomGenerator rng, CountDownLatch stop, ClerkStats stats, Errands errands) {
        this.window = window;
        this.windowServices = windowServices;
        this.terminal = terminal;
        this.console = console;
        this.clock = clock;
        this.habits = habits;
        this.rng = rng;
        this.stop = stop;
        this.stats = stats;
        this.errands = errands;
        breaks.add(LocalTime.of(10, 0).plusMinutes(rng.nextInt(90)));
        breaks.add(LocalTime.of(14, 30).plusMinutes(rng.nextInt(90)));
    }

    @Override
    public void run() {
        try {
            breaks.removeIf(b -> clock.now().toLocalTime().isAfter(b)); // a demo resumed in the afternoon
            resume();
            while (stop.getCount() > 0) {
                step();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.error("clerk at window {} stopped", window, e);
        }
    }

    /** Picks up what the window was doing (a restarted demo, a citizen left at the window). */
    private void resume() throws InterruptedException {
        WindowView w = look();
        if (w == null) {
            return;
        }
        if (w.state() == WindowState.PAUSED) {
            press(Key.RESUME);
        }
        if (w.currentTicket() != null && "CALLED".equals(w.currentStatus())) {
            arrives(w.currentTicket());
        } else if (w.currentTicket() != null && "SERVING".equals(w.currentStatus())) {
            serve(w.currentTicket());
        }
    }

    private WindowView look() throws InterruptedException {
        try {
            return console.window(window);
        } catch (IOException e) {
            return null;
        }
    }

    private void step() throws InterruptedException {
        if (!breaks.isEmpty() && !clock.now().toLocalTime().isBefore(breaks.get(0))) {
            breaks.remove(0);
            takeBreak();
            return;
        }
        CallerCommand.Result r = press(Key.NEXT);
        if (r == null) {
            clock.pause(Duration.ofMinutes(1), stop);
        } else if (r.ok() && r.ticket() != null) {
            stats.called.put(r.ticket(), window);
            called(r.ticket());
        } else if (r.ok()) {
            clock.pause(Duration.ofMinutes(1), stop); // nobody waiting
        } else if (r.message() != null && r.message().contains("has called")) {
            resume();
        } else {
            WindowView w = look(); // closed (the policy may open it later) or paused
            if (w != null && w.state() == WindowState.PAUSED) {
                press(Key.RESUME);
            } else {
                clock.pause(Duration.ofMinutes(5), stop);
            }
        }
    }

    private void called(String ticket) throws InterruptedException {
        if (errands.of(ticket) != null) {
            arrives(ticket); // followed by the demo: comes at once
            return;
        }
        if (rng.nextDouble() < habits.noShowShare()) {
            clock.pause(Duration.ofMinutes(1), stop);
            recall();
            clock.pause(Duration.ofMinutes(1), stop);
            if (ok(press(Key.NO_SHOW))) {
                stats.noShows.incrementAndGet();
            }
            return;
        }
        if (rng.nextDouble() < habits.lateShare()) {
            clock.pause(Duration.ofMinutes(1), stop);
            recall();
        }
        arrives(ticket);
    }

    private void recall() throws InterruptedException {
        if (ok(press(Key.RECALL))) {
            stats.recalls.incrementAndGet();
        }
    }

    private void arrives(String ticket) throws InterruptedException {
        clock.pause(Duration.ofSeconds(20 + rng.nextInt(40)), stop); // walking up to the window
        if (ok(answer(terminal.startServing()))) {
            serve(ticket);
        }
    }

    private void serve(String ticket) throws InterruptedException {
        String service = habits.serviceOf(ticket);
        if (!clock.pause(habits.serviceTime(service, rng), stop)) {
            return;
        }
        Errands.Errand errand = errands.of(ticket);
        if (errand != null) {
            errands.served(ticket);
            if (runErrand(errand, ticket)) {
                return;
            }
        } else if (rng.nextDouble() < habits.transferShare() && transfer(service)) {
            return;
        }
        if (ok(press(Key.COMPLETE))) {
            stats.served.incrementAndGet();
            rate(ticket);
        }
    }

    private boolean runErrand(Errands.Errand errand, String ticket) throws InterruptedException {
        try {
            return errand.atWindow(window, ticket, console);
        } catch (IOException | RuntimeException e) {
            log.warn("window {}: {}; the citizen is served as usual", window, e.getMessage());
            return false;
        }
    }

    private boolean transfer(String from) throws InterruptedException {
        List<String> others = habits.services().stream().filter(s -> !s.equals(from) && !windowServices.contains(s))
                .toList();
        if (others.isEmpty()) {
            return false;
        }
        try {
            if (console.transfer(window, others.get(rng.nextInt(others.size())))) {
                stats.transfers.incrementAndGet();
                return true;
            }
        } catch (IOException e) {
            log.debug("window {}: transfer failed: {}", window, e.getMessage());
        }
        return false;
    }

    /** The controller prompts the evaluator on completion; most citizens press a score. */
    private void rate(String ticket) throws InterruptedException {
        if (rng.nextDouble() >= habits.ratingShare()) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (!terminal.promptedTicket().map(ticket::equals).orElse(false)) {
            if (System.nanoTime() > deadline || stop.await(20, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
        try {
            terminal.citizenRates(ticket, Score.ofValue(ClerkHabits.score(rng)));
            stats.ratings.incrementAndGet();
        } catch (DeviceException e) {
            log.debug("window {}: evaluator: {}", window, e.getMessage());
        }
    }

    private void takeBreak() throws InterruptedException {
        if (!ok(press(Key.PAUSE))) {
            return;
        }
        stats.breaks.incrementAndGet();
        log.info("window {}: clerk on a break", window);
        clock.pause(habits.breakLength(), stop);
        for (int i = 0; i < 10 && stop.getCount() > 0 && !ok(press(Key.RESUME)); i++) {
            clock.pause(Duration.ofMinutes(1), stop);
        }
    }

    private CallerCommand.Result press(Key key) throws InterruptedException {
        return answer(terminal.press(key));
    }

    private static CallerCommand.Result answer(CompletableFuture<CallerCommand.Result> f) throws InterruptedException {
        try {
            return f.get(ANSWER_WITHIN_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            f.cancel(false);
            return null;
        }
    }

    private static boolean ok(CallerCommand.Result r) {
        return r != null && r.ok();
    }
}
