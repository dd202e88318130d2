package hallq.controller.adapter.http;

import hallq.controller.auth.AuditLog;
import hallq.controller.auth.Authenticator;
import hallq.controller.service.QueueService;
import hallq.controller.service.WaitHistory;
import java.time.InstantSource;
import java.time.ZoneId;

/**
 * The web side of the controller: staff login and permissions, the live feed and the pages for
 * citizens, clerks and managers. Plugged into the HTTP API's configuration; what it stores in, the
 * app builds and hands in.
 */
public final class WebConsole implements AutoCloseable {
    private final StaffGate gate;
    private final AuthRoutes auth;
    private final LiveFeed live;
    private final ConsoleRoutes console;
    private final Pages pages = new Pages();

    /** {@code hallClock} stamps audit rows like every other record; sessions run on the authenticator's clock. */
    public WebConsole(QueueService service, Authenticator authenticator, AuditLog audit, InstantSource hallClock,
                      WaitHistory waits, KioskLogins kiosks) {
        this.gate = new StaffGate(authenticator.sessions(), authenticator.directory(), audit, hallClock, kiosks);
        this.auth = new AuthRoutes(authenticator, audit, hallClock,
                ZoneId.of(service.config().hall().timezone()));
        this.live = new LiveFeed(service, authenticator.sessions());
        this.console = new ConsoleRoutes(service, waits);
    }

    void register(Routes routes) {
        gate.register(routes.config());
        auth.register(routes);
        live.register(routes);
        console.register(routes);
        pages.register(routes);
    }

    @Override
    public void close() {
        live.close();
    }
}
