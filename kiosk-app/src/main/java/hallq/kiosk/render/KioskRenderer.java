package hallq.kiosk.render;

import hallq.kiosk.flow.CitizenId;
import hallq.kiosk.flow.KioskEvents;
import hallq.kiosk.flow.KioskIdentity;
import hallq.kiosk.flow.LiveStatus;
import hallq.kiosk.flow.RequestIds;
import hallq.kiosk.flow.SlipFactory;
import hallq.kiosk.flow.TicketIssuer;
import hallq.kiosk.ui.KioskLayout;
import hallq.kiosk.ui.KioskRuntime;
import hallq.kiosk.ui.KioskSettings;
import hallq.kiosk.ui.KioskView;
import hallq.kiosk.ui.KioskViewModel;
import hallq.protocol.Priority;
import hallq.protocol.config.HallConfig;
import hallq.protocol.config.ServiceConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;

/**
 * Renders every kiosk screen, in both lobby layouts (portrait 1080×1920, landscape 1920×1080),
 * standard and elderly mode, in Chinese (and the home, printed and card-notice screens in English too), from
 * {@link SampleHall} at a fixed hall time, to PNG files named
 * {@code <layout>-<mode>-<lang>-<nn>-<screen>.png}. Runs on the JavaFX thread; animations are still.
 */
public final class KioskRenderer {

    /** Monday 16 March 2026, 10:24 in the hall. */
    public static final Instant SAMPLE_TIME = Instant.parse("2026-03-16T02:24:00Z");

    /** A valid resident ID number for the card-read screens (shown masked). */
    private static final String SAMPLE_ID = "440306199003071232";

    private final HallConfig config;

    public KioskRenderer(HallConfig config) {
        this.config = config;
    }

    /** A worker that runs tasks at once, or holds the next one (to show the working screen). */
    private static final class Worker implements Executor {
        private boolean hold;
        private Runnable held;

        @Override
        public void execute(Runnable task) {
            if (hold) {
                held = task;
            } else {
                task.run();
            }
        }

        void release() {
            hold = false;
            Runnable task = held;
            held = null;
            task.run();
        }
    }

    /**
     * Renders everything into {@code dir}; {@code check} sees each scene, laid out, before it is
     * written (the tests' assertions). Call on the JavaFX thread. Returns the files written.
     */
    public List<Path> renderAll(Path dir, BiConsumer<String, Scene> check) {
        List<Path> files = new ArrayList<>();
        for (KioskLayout layout : List.of(KioskLayout.PORTRAIT, KioskLayout.LANDSCAPE)) {
            for (boolean elderly : new boolean[] {false, true}) {
                for (boolean english : new boolean[] {false, true}) {
                    String prefix = layout.name().toLowerCase() + "-" + (elderly ? "elderly" : "normal") + "-"
                            + (english ? "en" : "zh");
                    new Walk(layout, elderly, english, prefix, dir, check, files).run();
                }
            }
        }
        return files;
    }

    private final class Walk {
        private final SampleHall hall;
        private final Worker worker = new Worker();
        private final KioskViewModel vm;
        private final Scene scene;
        private final boolean english;
        private final String prefix;
        private final Path dir;
        private final BiConsumer<String, Scene> check;
        private final List<Path> files;
        private int n;

        Walk(KioskLayout layout, boolean elderly, boolean english, String prefix, Path dir,
             BiConsumer<String, Scene> check, List<Path> files) {
            ZoneId zone = ZoneId.of(config.hall().timezone());
            this.hall = new SampleHall(config, SAMPLE_TIME.atZone(zone).toOffsetDateTime());
            this.english = english;
            this.prefix = prefix;
            this.dir = dir;
            this.check = check;
            this.files = files;
            InstantSource clock = InstantSource.fixed(SAMPLE_TIME);
            KioskIdentity id = new KioskIdentity("kiosk-1", "kiosk-1-printer");
            KioskEvents quiet = new KioskEvents() {
                @Override
                public void helpRequested(HelpRequest request) {
                }

                @Override
                public void deviceAlert(DeviceAlert alert) {
                }
            };
            TicketIssuer issuer = new TicketIssuer(hall, hall, new SlipFactory(config), quiet, id, clock);
            LiveStatus live = new LiveStatus(hall, hall, issuer, quiet, id, clock);
            KioskSettings settings = KioskSettings.defaults().forHall(zone, config.services().stream()
                    .filter(s -> s.perPersonDailyCap() > 0).map(ServiceConfig::id).collect(Collectors.toSet()));
            vm = new KioskViewModel(issuer, live, quiet, id, new RequestIds(id), new KioskRuntime(clock, worker, settings));
            KioskView view = new KioskView(vm, config.hall().name(), config.hall().nameEn(), layout, false);
            scene = new Scene(view.root(), layout.width(), layout.height());
            if (elderly) {
                vm.toggleElderlyMode();
            }
            if (english) {
                vm.toggleLanguage();
            }
        }

        void run() {
            vm.refresh();
            shot("home");
            String first = config.services().get(0).id();
            String second = config.services().size() > 6 ? config.services().get(6).id() : first;
            vm.choose(first);
            worker.hold = true;
            vm.take(Priority.NORMAL);
            if (!english) {
                shot("working");
            }
            worker.release();
            shot("printed");
            vm.home();
            if (english) {
                cardNotice();
                return;
            }
            vm.greenChannel(true);
            shot("green-channel");
            vm.greenChannel(false);
            vm.choose(first);
            shot("priority-id-card");
            vm.home();
            vm.openCheckIn();
            "8C2Q".chars().forEach(c -> vm.typeCode((char) c));
            shot("check-in");
            vm.home();
            hall.fail(SampleHall.Fault.PRINT_FAILS);
            vm.choose(second);
            vm.take(Priority.NORMAL);
            shot("print-failed");
            vm.askGiveUp();
            shot("confirm-give-up");
            vm.confirmGiveUp();
            shot("given-up");
            vm.home();
            hall.fail(SampleHall.Fault.DAILY_CAP);
            vm.choose(second);
            vm.take(Priority.NORMAL);
            shot("fault-daily-cap");
            vm.home();
            vm.choose(second);
            hall.fail(SampleHall.Fault.CONTROLLER_DOWN);
            vm.take(Priority.NORMAL);
            shot("fault-refused-offline");
            vm.home();
            vm.refresh();
            shot("fault-controller-down");
            hall.fail(SampleHall.Fault.PAPER_OUT);
            vm.refresh();
            shot("fault-paper-out");
            hall.fail(SampleHall.Fault.NONE);
            vm.refresh();
            cardNotice();
        }

        /** The home screen after an ID card is read: the holder's appointments and handovers today. */
        private void cardNotice() {
            vm.cardRead(CitizenId.of(SAMPLE_ID));
            shot("home-card-notice");
            vm.home();
        }

        private void shot(String screen) {
            n++;
            String name = String.format("%s-%02d-%s", prefix, n, screen);
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            check.accept(name, scene);
            Path file = dir.resolve(name + ".png");
            try {
                Files.createDirectories(dir);
                PalettePng.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            files.add(file);
        }
    }
}
