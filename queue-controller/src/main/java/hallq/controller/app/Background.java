package hallq.controller.app;

import hallq.controller.adapter.city.HttpCityHub;
import hallq.controller.adapter.export.FileRatingSink;
import hallq.controller.adapter.export.HttpRatingSink;
import hallq.controller.adapter.sqlite.SqliteBackup;
import hallq.controller.adapter.sqlite.SqliteOutbox;
import hallq.controller.adapter.sqlite.SqliteRatedCases;
import hallq.controller.backup.BackupException;
import hallq.controller.backup.Backups;
import hallq.controller.backup.DailyBackup;
import hallq.controller.core.HallCalendar;
import hallq.controller.core.QueueCore;
import hallq.controller.service.CityRelay;
import hallq.controller.service.QueueService;
import hallq.controller.service.RatingExport;
import hallq.controller.service.RatingSink;
import hallq.controller.service.StoreException;
import hallq.protocol.WindowState;
import hallq.protocol.city.HallLive;
import hallq.protocol.mqtt.HallSnapshot;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Deque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The controller's parts that work beside the writer, each on a thread or connection of its own:
 * the city relay (or, for a hall without a hub, the hourly pruning of its outbox), the 好差评
 * export, and the daily backups. Each is pushed onto {@code parts} to be closed with the controller.
 */
final class Background {
    private static final Logger LOG = LoggerFactory.getLogger(Controller.class);

    private Background() {
    }

    /** The relay (null: the hall sends to no hub) and the 好差评 export (null: exporting is off). */
    record Started(CityRelay relay, RatingExport export) {
    }

    static Started start(Controller.Settings s, Path db, QueueService service, ScheduledExecutorService ticker,
                           Deque<AutoCloseable> parts) throws Exception {
        CityRelay relay = null;
        if (s.city() != null) {
            relay = new CityRelay(s.config().hall().id(), SqliteOutbox.open(db),
                    new HttpCityHub(s.city().hubUrl(), s.config().hall().id(), s.city().password()),
                    () -> live(service, s.clock()), service.citySupervisions()::receive, service.handovers()::receive,
                    s.clock(), s.city().relay()).identity(service.personKeys()).start();
            service.personKeys().lookUpWith(relay::person);
            parts.push(relay);
        } else {
            // a hall on its own keeps a month of its city events, ready should it join a hub
            SqliteOutbox outbox = SqliteOutbox.open(db);
            parts.push(outbox);
            ticker.scheduleWithFixedDelay(() -> pruneAlone(outbox, s.clock()), 0, 1, TimeUnit.HOURS);
        }
        RatingExportTo ratings = s.ratings() == null ? RatingExportTo.FILE : s.ratings();
        RatingExport export = null;
        if (!"off".equals(ratings.kind())) {
            RatingSink sink = ratings.url() == null ? new FileRatingSink(s.dataDir().resolve("exports").resolve("haochaping"))
                    : new HttpRatingSink(ratings.url(), ratings.token());
            export = new RatingExport(SqliteRatedCases.open(db), sink, s.config(), s.clock(),
                    RatingExport.Settings.DEFAULT).start();
            parts.push(export);
        }
        if (s.backups() != null) {
            scheduleDailyBackup(s, parts);
        }
        return new Started(relay, export);
    }

    /** How the hall stands now, for the city overview. */
    private static HallLive live(QueueService service, InstantSource clock) {
        HallSnapshot hall = service.hall().snapshot();
        int open = (int) hall.windows().stream().filter(w -> w.state() == WindowState.OPEN).count();
        QueueCore.Pressure pressure = service.hall().pressure();
        return new HallLive(clock.instant(), hall.businessDate(), open, hall.windows().size(), hall.queues(),
                pressure.idleWindows(), pressure.waitingPastTarget(), service.config().hall().publicBaseUrl());
    }

    /** Checks every second whether the day's backup is due; it runs on a thread of its own, never the ticker's. */
    private static void scheduleDailyBackup(Controller.Settings s, Deque<AutoCloseable> parts) {
        DailyBackup daily = new DailyBackup(new Backups(new SqliteBackup()), s.dataDir(), s.config().hall().id(),
                s.backups().hallFile(), HallCalendar.of(s.config(), s.enforceHours()), s.backups().retention());
        ScheduledExecutorService backups = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "daily-backup");
            t.setDaemon(true);
            return t;
        });
        parts.push(backups::shutdownNow);
        backups.scheduleWithFixedDelay(() -> backUpIfDue(daily, s.clock()), 1, 1, TimeUnit.SECONDS);
    }

    private static void backUpIfDue(DailyBackup daily, InstantSource clock) {
        try {
            daily.runIfDue(clock.instant()).ifPresent(t -> LOG.info("daily backup {} ({} bytes)", t.archive(), t.bytes()));
        } catch (BackupException | RuntimeException e) {
            LOG.error("daily backup failed (tried again in {}): {}", DailyBackup.RETRY, e.getMessage());
        }
    }

    private static void pruneAlone(SqliteOutbox outbox, InstantSource clock) {
        try {
            outbox.prune(Long.MAX_VALUE, clock.instant().minus(CityRelay.Settings.defaults().keep()));
        } catch (StoreException | RuntimeException e) {
            LOG.warn("pruning the city outbox: {}", e.getMessage());
        }
    }
}
